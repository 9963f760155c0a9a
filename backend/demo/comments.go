package demo

import (
	"math/rand/v2"
	"strings"
)

// theme is a topic customers write about, with a tag and sentences per
// sentiment in Chinese and English. "%s" in a sentence is the product.
type theme struct {
	tag        string
	complainZH []string
	praiseZH   []string
	complainEN []string
	praiseEN   []string
}

var themes = []theme{
	{
		tag:        "服务态度",
		complainZH: []string{"客服态度很差，说话不耐烦。", "问了三次都是机器人式回复，感觉没人真正关心。", "客服答应回电结果一直没有回。"},
		praiseZH:   []string{"客服小姐姐非常耐心，讲得很清楚。", "服务态度很好，一次就帮我解决了。", "客服很专业，点赞！"},
		complainEN: []string{"The agent was rude and impatient.", "Nobody called me back as promised."},
		praiseEN:   []string{"The agent was patient and very helpful.", "Great service, solved on the first call."},
	},
	{
		tag:        "响应速度",
		complainZH: []string{"电话排队等了四十多分钟。", "在线客服半天不回复，太慢了。", "提交工单三天都没人处理。"},
		praiseZH:   []string{"响应很快，几分钟就有人联系我。", "处理效率高，当天就解决了。"},
		complainEN: []string{"I waited over 40 minutes on hold.", "The chat took forever to answer."},
		praiseEN:   []string{"Quick response, someone contacted me within minutes.", "Resolved the same day."},
	},
	{
		tag:        "价格",
		complainZH: []string{"价格偏贵，刚买完就降价了。", "%s的耗材太贵了。", "会员费涨了但服务没变好。"},
		praiseZH:   []string{"活动价很划算。", "性价比很高。"},
		complainEN: []string{"Too expensive, and the price dropped right after I bought it.", "Consumables for the %s cost too much."},
		praiseEN:   []string{"Good value for money.", "The promotion price was great."},
	},
	{
		tag:        "质量",
		complainZH: []string{"%s用了两周就坏了，质量太差。", "%s噪音很大，和宣传不符。", "收到的%s有划痕。"},
		praiseZH:   []string{"%s质量很好，用着很放心。", "%s做工精细，效果超出预期。"},
		complainEN: []string{"The %s broke after two weeks.", "The %s is much louder than advertised."},
		praiseEN:   []string{"The %s works really well.", "Solid build quality on the %s."},
	},
	{
		tag:        "物流",
		complainZH: []string{"快递太慢了，说好三天到结果等了一周。", "包装破损，外箱都压扁了。", "物流信息一直不更新。"},
		praiseZH:   []string{"物流很快，第二天就到了。", "送货师傅很负责，还帮忙搬上楼。"},
		complainEN: []string{"Delivery took a week instead of three days.", "The box arrived crushed."},
		praiseEN:   []string{"Fast delivery, arrived the next day.", "The courier was very careful."},
	},
	{
		tag:        "退款",
		complainZH: []string{"退款申请两周了还没到账。", "退货流程太复杂，要填很多资料。", "说好退差价，到现在也没退。"},
		praiseZH:   []string{"退款很快，当天就到账了。", "退换货流程很顺畅。"},
		complainEN: []string{"My refund still hasn't arrived after two weeks.", "The return process is far too complicated."},
		praiseEN:   []string{"The refund was processed the same day.", "Easy returns."},
	},
}

var neutralZH = []string{"整体还可以，希望继续改进。", "一般吧，没有特别的感受。", "还行，就是有些细节可以做得更好。", "希望以后能提供更多上门服务。"}
var neutralEN = []string{"It was okay overall.", "Fine, but there is room for improvement.", "Average experience."}

// sentiment of a comment, from the score that goes with it.
type sentiment int

const (
	negative sentiment = iota
	neutral
	positive
)

// sentimentOfNPS maps a 0–10 score to the tone of the comment that goes with it.
func sentimentOfNPS(score int) sentiment {
	switch {
	case score <= 6:
		return negative
	case score <= 8:
		return neutral
	}
	return positive
}

// comment writes a comment for a sentiment, language and product and returns
// it with the theme tags it touches. Promoters praise, detractors complain.
func comment(r *rand.Rand, s sentiment, en bool, prod string, focus int) (string, []string) {
	if s == neutral {
		if r.Float64() < 0.6 {
			if en {
				return pick(r, neutralEN), nil
			}
			return pick(r, neutralZH), nil
		}
		s = sentiment(2 * r.IntN(2)) // a passive leaning one way
	}
	n := 1 + r.IntN(2)
	var parts, tags []string
	for i := 0; i < n; i++ {
		t := themes[r.IntN(len(themes))]
		if i == 0 && focus >= 0 {
			t = themes[focus]
		}
		if len(tags) > 0 && tags[0] == t.tag {
			continue
		}
		var list []string
		switch {
		case s == negative && en:
			list = t.complainEN
		case s == negative:
			list = t.complainZH
		case en:
			list = t.praiseEN
		default:
			list = t.praiseZH
		}
		sentence := pick(r, list)
		if strings.Contains(sentence, "%s") {
			sentence = strings.Replace(sentence, "%s", prod, 1)
		}
		parts = append(parts, sentence)
		tags = append(tags, t.tag)
	}
	sep := ""
	if en {
		sep = " "
	}
	return strings.Join(parts, sep), tags
}

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// pickWeighted returns the index of a weighted choice.
func pickWeighted(r *rand.Rand, weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := r.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}
