// Tags and the counts the sidebar shows.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { linksApi, tagsApi } from '../api/backend'
import type { Stats, Tag } from '../api/types'

export const useTagsStore = defineStore('tags', () => {
  const tags = ref<Tag[]>([])
  const stats = ref<Stats>({ total: 0, untagged: 0, favorites: 0, failed: 0 })

  const byId = computed(() => new Map(tags.value.map((t) => [t.id, t])))

  function findByName(name: string): Tag | undefined {
    const key = name.trim().toLowerCase()
    return tags.value.find((t) => t.name.toLowerCase() === key)
  }

  async function load(): Promise<void> {
    const [list, s] = await Promise.all([tagsApi.list(), linksApi.stats()])
    tags.value = list
    stats.value = s
  }

  async function rename(id: number, name: string): Promise<Tag> {
    const tag = await tagsApi.rename(id, name)
    await load()
    return tag
  }

  async function merge(from: number, into: number): Promise<Tag> {
    const tag = await tagsApi.merge(from, into)
    await load()
    return tag
  }

  async function setColor(id: number, color: string): Promise<void> {
    await tagsApi.setColor(id, color)
    await load()
  }

  async function remove(id: number): Promise<void> {
    await tagsApi.remove(id)
    await load()
  }

  return { tags, stats, byId, findByName, load, rename, merge, setColor, remove }
})
