package urlnorm

import "strings"

// trackingKeys are query parameters that identify a campaign or a click,
// never the content; two links that differ only in them are the same page.
var trackingKeys = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true,
	"wbraid": true, "msclkid": true, "yclid": true, "twclid": true,
	"ttclid": true, "li_fat_id": true, "igshid": true, "mc_cid": true,
	"mc_eid": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true,
	"oly_anon_id": true, "oly_enc_id": true, "vero_id": true,
	"wickedid": true, "spm": true, "ref_src": true, "_ga": true,
	"_gl": true,
}

// trackingPrefixes cover families such as utm_source, utm_medium...
var trackingPrefixes = []string{"utm_", "pk_", "mtm_", "hsa_"}

func isTracking(key string) bool {
	key = strings.ToLower(key)
	if trackingKeys[key] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}
