package themes

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Theme is one topic of the codebook.
type Theme struct {
	// Key identifies the theme (stored on tags); stable once used.
	Key string `json:"key"`
	// Name and NameEn label it in Chinese and English.
	Name   string `json:"name"`
	NameEn string `json:"name_en"`
	// Keywords match the theme: Chinese (anywhere) or Latin (whole word,
	// "*" at the end for a prefix). They are normalised before matching.
	Keywords []string `json:"keywords"`
	// Exclude phrases veto the theme for a text containing them.
	Exclude []string `json:"exclude,omitempty"`
}

// Codebook is the ordered list of themes.
type Codebook []Theme

// Limits of a codebook, so a pasted list cannot make matching crawl.
const (
	MaxThemes   = 200
	MaxKeywords = 200
	MaxRuleLen  = 50
)

// Validate checks keys (non-empty, unique), names and rules.
func (cb Codebook) Validate() error {
	if len(cb) > MaxThemes {
		return fmt.Errorf("themes: at most %d themes, not %d", MaxThemes, len(cb))
	}
	seen := map[string]bool{}
	for i, t := range cb {
		key := strings.TrimSpace(t.Key)
		switch {
		case key == "":
			return fmt.Errorf("themes: theme %d has no key", i+1)
		case seen[key]:
			return fmt.Errorf("themes: key %q is used twice", key)
		case strings.TrimSpace(t.Name) == "" && strings.TrimSpace(t.NameEn) == "":
			return fmt.Errorf("themes: theme %q has no name", key)
		case len(t.Keywords) == 0:
			return fmt.Errorf("themes: theme %q has no keywords", key)
		case len(t.Keywords)+len(t.Exclude) > MaxKeywords:
			return fmt.Errorf("themes: theme %q has more than %d rules", key, MaxKeywords)
		}
		seen[key] = true
		for _, k := range append(append([]string{}, t.Keywords...), t.Exclude...) {
			n := strings.TrimSuffix(Normalize(k), "*")
			if n == "" || utf8.RuneCountInString(n) > MaxRuleLen {
				return fmt.Errorf("themes: theme %q: rule %q must have 1 to %d characters", key, k, MaxRuleLen)
			}
		}
	}
	return nil
}

// Starter is the codebook a new database begins with: the usual topics of
// customer service in Chinese and English.
func Starter() Codebook {
	return Codebook{
		{Key: "attitude", Name: "服务态度", NameEn: "Staff attitude",
			Keywords: []string{"态度", "不耐烦", "冷漠", "敷衍", "爱答不理", "服务差", "不礼貌", "热情", "耐心", "礼貌", "attitude", "rude", "impolite", "unfriendly", "friendly", "polite", "patient"}},
		{Key: "speed", Name: "响应速度", NameEn: "Speed and waiting",
			Keywords: []string{"响应慢", "太慢", "等待", "等了", "排队", "没人回复", "没人接", "拖延", "迟迟", "及时", "速度", "slow", "wait", "waited", "waiting", "delay", "delayed", "delays", "queue", "no reply", "no response", "quick*", "fast"},
			Exclude:  []string{"没有等待", "无需等待", "不用等"}},
		{Key: "price", Name: "价格收费", NameEn: "Price and charges",
			Keywords: []string{"价格", "太贵", "收费", "乱收费", "性价比", "便宜", "费用", "price", "prices", "pricing", "expensive", "overcharged", "cost", "costs", "cheap", "fee", "fees"}},
		{Key: "quality", Name: "产品质量", NameEn: "Product quality",
			Keywords: []string{"质量", "坏了", "故障", "损坏", "破损", "次品", "瑕疵", "不耐用", "quality", "broken", "defect*", "faulty", "damaged", "stopped working"}},
		{Key: "delivery", Name: "物流配送", NameEn: "Delivery",
			Keywords: []string{"物流", "快递", "送货", "配送", "发货", "包裹", "丢件", "到货", "delivery", "deliver*", "shipping", "shipment", "courier", "parcel", "package"}},
		{Key: "refund", Name: "退款退货", NameEn: "Refunds and returns",
			Keywords: []string{"退款", "退货", "退钱", "退费", "换货", "refund*", "return*", "money back", "exchange"}},
		{Key: "repair", Name: "维修安装", NameEn: "Repair and installation",
			Keywords: []string{"维修", "修理", "安装", "上门", "师傅", "repair*", "install*", "technician", "engineer", "fix*"}},
		{Key: "billing", Name: "账单发票", NameEn: "Billing and invoices",
			Keywords: []string{"发票", "账单", "扣费", "扣款", "invoice*", "bill", "billing", "charged twice"}},
		{Key: "communication", Name: "沟通解释", NameEn: "Communication",
			Keywords: []string{"沟通", "解释", "说不清", "推诿", "踢皮球", "答复", "告知", "explain*", "communicat*", "informed", "passed around"}},
		{Key: "resolution", Name: "问题解决", NameEn: "Problem solved",
			Keywords: []string{"解决", "没解决", "未解决", "搞定", "处理好", "resolved", "solved", "not fixed", "unresolved", "sorted"}},
	}
}
