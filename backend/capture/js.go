package capture

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The scripts the capture runs in the page; see each file's first comment.
var (
	//go:embed js/init.js
	jsInit string
	//go:embed js/prepare.js
	jsPrepare string
	//go:embed js/text.js
	jsText string
	//go:embed js/meta.js
	jsMeta string
	//go:embed js/article.js
	jsArticle string
	//go:embed js/scroll.js
	jsScroll string
	//go:embed js/settle.js
	jsSettle string
	//go:embed js/consent.js
	jsConsent string
)

// evalIn runs expr in the execution context id (0: the top frame's main
// world), awaits a promise result and decodes the value into T.
func evalIn[T any](ctx context.Context, id runtime.ExecutionContextID, expr string) (T, error) {
	var v T
	res, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{
		Expression:    expr,
		ContextID:     id,
		ReturnByValue: new(true),
		AwaitPromise:  new(true),
		Silent:        new(true),
	})
	if err != nil {
		return v, err
	}
	if d := res.ExceptionDetails; d != nil {
		msg := d.Text
		if d.Exception != nil {
			msg = d.Exception.Description
		}
		return v, fmt.Errorf("script: %s", msg)
	}
	if res.Result == nil || len(res.Result.Value) == 0 {
		return v, nil
	}
	if err := json.Unmarshal(res.Result.Value, &v); err != nil {
		return v, fmt.Errorf("script result: %w", err)
	}
	return v, nil
}
