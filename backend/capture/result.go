package capture

import "time"

// Status is the final state of a capture that produced files.
type Status string

// The statuses of a Result.
const (
	StatusDone    Status = "done"
	StatusPartial Status = "partial"
)

// Loss is one thing a capture could not keep: a resource that failed, a
// format that failed or a limit that cut something off.
type Loss struct {
	What   string `json:"what"`           // "resource", "format", "limit" or "wait"
	Name   string `json:"name"`           // a URL, a file name or a stage
	Reason string `json:"reason"`         // a short English reason
	Code   string `json:"code,omitempty"` // a stable code when the reason has one
}

// Meta is what a capture writes to meta.json.
type Meta struct {
	RequestedURL   string            `json:"requested_url"`
	FinalURL       string            `json:"final_url"`
	Redirects      []string          `json:"redirects,omitempty"`
	HTTPStatus     int               `json:"http_status"`
	HTTPStatusText string            `json:"http_status_text,omitempty"`
	ContentType    string            `json:"content_type"`
	Title          string            `json:"title"`
	Description    string            `json:"description,omitempty"`
	SiteName       string            `json:"site_name,omitempty"`
	Language       string            `json:"language,omitempty"`
	Author         string            `json:"author,omitempty"`
	Published      string            `json:"published,omitempty"`
	CanonicalURL   string            `json:"canonical_url,omitempty"`
	FaviconURL     string            `json:"favicon_url,omitempty"`
	FaviconFile    string            `json:"favicon_file,omitempty"`
	PreviewImage   string            `json:"preview_image,omitempty"`
	Sizes          map[string]int64  `json:"sizes"`
	Timings        map[string]string `json:"timings,omitempty"`
	StartedAt      time.Time         `json:"started_at"`
	DurationMS     int64             `json:"duration_ms"`
	Browser        string            `json:"browser"`
	Status         Status            `json:"status"`
	Lost           []Loss            `json:"lost,omitempty"`
}

// Result describes a finished capture.
type Result struct {
	Status Status
	Meta   Meta
	Files  []string // names relative to the output folder
	Lost   []Loss
}
