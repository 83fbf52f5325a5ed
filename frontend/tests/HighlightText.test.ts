import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HighlightText from '../src/components/common/HighlightText.vue'

describe('HighlightText', () => {
  it('wraps matches in mark and escapes page text', () => {
    const w = mount(HighlightText, {
      props: { text: '<b>快照</b> 工具', terms: ['快照'] },
    })
    expect(w.findAll('mark').map((m) => m.text())).toEqual(['快照'])
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).toBe('<b>快照</b> 工具')
  })
})
