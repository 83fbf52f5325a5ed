package bookmarks

import (
	"strconv"
	"strings"
	"time"
)

// epochTime reads a number of seconds since 1970, as ADD_DATE and
// Pocket's time_added hold. Some tools write milliseconds or
// microseconds instead; the magnitude tells which.
func epochTime(s string) time.Time {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}
	}
	switch {
	case n > 1e17:
		return time.Unix(0, n).UTC() // nanoseconds
	case n > 1e14:
		return time.UnixMicro(n).UTC()
	case n > 1e11:
		return time.UnixMilli(n).UTC()
	}
	return time.Unix(n, 0).UTC()
}

// webkitEpoch is 1601-01-01 in microseconds before the Unix epoch: the
// origin of Chrome's timestamps.
const webkitEpoch = 11644473600000000

// chromeTime reads Chrome's microseconds since 1601-01-01.
func chromeTime(s string) time.Time {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= webkitEpoch {
		return time.Time{}
	}
	return time.UnixMicro(n - webkitEpoch).UTC()
}

// textTime reads a time written as text (RFC 3339 and its common
// relatives) or as a number of seconds since 1970.
func textTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if t := epochTime(s); !t.IsZero() {
		return t
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05",
		"2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
