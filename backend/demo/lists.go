package demo

// The vocabulary the generator draws from. Weights are relative.

// surnames are common Chinese family names, most frequent first.
var surnames = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
	"郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
	"彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏",
	"欧阳", "司马",
}

// givenChars are characters common in given names; a given name is one or two of them.
var givenChars = []string{
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
	"明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "玲", "建", "国", "宇", "浩",
	"子", "涵", "欣", "怡", "梓", "轩", "雨", "晨", "嘉", "佳", "思", "博", "俊", "婷", "雪",
	"志", "鹏", "慧", "倩", "颖", "琳", "晓", "东", "海", "波", "宁", "凯", "昊", "然", "瑶",
}

// englishFirst and englishLast make the minority of English names.
var englishFirst = []string{
	"Emily", "David", "Sarah", "Michael", "Jessica", "Daniel", "Grace", "Kevin", "Linda",
	"Jason", "Amy", "Eric", "Cindy", "Tony", "Vivian", "Peter", "Helen", "Frank", "Iris", "Leo",
}
var englishLast = []string{
	"Chen", "Wang", "Li", "Zhang", "Liu", "Smith", "Johnson", "Brown", "Lee", "Wong",
	"Taylor", "Miller", "Ng", "Tan", "Lim",
}

// pinyin of some surnames, for e-mail addresses.
var pinyin = map[string]string{
	"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang",
	"赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu",
	"胡": "hu", "郭": "guo", "何": "he", "林": "lin", "高": "gao", "罗": "luo",
}

// region is a sales region with its cities, weight and satisfaction bias.
type region struct {
	name   string
	cities []string
	weight float64
	bias   float64
}

var regions = []region{
	{"华东", []string{"上海", "杭州", "南京", "苏州", "合肥", "济南", "宁波"}, 30, 0.3},
	{"华南", []string{"广州", "深圳", "厦门", "南宁", "东莞"}, 22, 0.2},
	{"华北", []string{"北京", "天津", "石家庄", "太原"}, 18, 0},
	{"西南", []string{"成都", "重庆", "昆明", "贵阳"}, 10, -0.2},
	{"华中", []string{"武汉", "长沙", "郑州", "南昌"}, 10, 0.05},
	{"东北", []string{"沈阳", "大连", "哈尔滨", "长春"}, 5, -0.5},
	{"西北", []string{"西安", "兰州", "乌鲁木齐", "银川"}, 5, -0.4},
}

// industries of business customers.
var industries = []string{"零售", "制造业", "互联网", "金融", "教育", "医疗健康", "物流", "餐饮", "房地产", "政府机构"}

// companyCores and companyKinds build names like 杭州启明信息科技有限公司.
var companyCores = []string{"启明", "华信", "博远", "恒通", "鼎盛", "星辰", "嘉禾", "瑞丰", "万象", "金桥", "云帆", "东方", "远航", "新源", "汇智"}
var companyKinds = []string{"信息科技", "贸易", "实业", "物流", "餐饮管理", "电子商务", "医疗器械", "教育咨询"}

// acquisition channels (how the customer first came).
var acquisition = []weighted{
	{"天猫旗舰店", 22}, {"京东自营", 20}, {"官网商城", 15}, {"线下门店", 15},
	{"企业采购", 10}, {"朋友推荐", 10}, {"抖音直播", 8},
}

// weighted is a string with a relative weight.
type weighted struct {
	s string
	w float64
}

// serviceChannel is a channel a service experience happened on, with its bias.
type serviceChannel struct {
	code   string // same codes as feedback.TicketChannels
	label  string // what a Chinese survey export shows
	weight float64
	bias   float64
}

var serviceChannels = []serviceChannel{
	{"phone", "电话", 30, 0.2},
	{"wechat", "微信", 25, 0.3},
	{"web", "在线客服", 20, -0.2},
	{"email", "邮件", 8, -0.4},
	{"walk_in", "门店", 10, 0.5},
	{"social", "微博", 7, -0.6},
}

// product is something the demo company sells, with its satisfaction bias.
type product struct {
	name   string
	weight float64
	bias   float64
	price  float64 // typical order amount in CNY
}

var products = []product{
	{"扫地机器人 S7", 25, -0.3, 2499},
	{"空气净化器 A3", 20, 0.4, 1599},
	{"智能门锁 L2", 18, 0.2, 1299},
	{"净水器 R5", 17, -0.6, 3299},
	{"会员服务", 20, 0.1, 199},
}

// handlerSeed defines the demo service staff: name, team, e-mail and a
// personal effect on satisfaction so per-agent breakdowns differ.
type handlerSeed struct {
	name, team, email string
	bias              float64
}

var handlerSeeds = []handlerSeed{
	{"王芳", "一线", "wang.fang", 0.5},
	{"李伟", "一线", "li.wei", 0.1},
	{"张敏", "一线", "zhang.min", 0},
	{"刘洋", "一线", "liu.yang", -0.3},
	{"陈静", "一线", "chen.jing", 0.3},
	{"赵磊", "一线", "zhao.lei", -0.6},
	{"孙丽", "二线", "sun.li", 0.2},
	{"周杰", "二线", "zhou.jie", -0.1},
	{"Grace Lin", "VIP", "grace.lin", 0.6},
	{"黄晓东", "VIP", "huang.xiaodong", 0.4},
}

// memberLevels are the 会员等级 attribute values, from lowest.
var memberLevels = []string{"普通会员", "银卡会员", "金卡会员", "钻石会员"}

// mobilePrefixes are the first three digits of Chinese mobile numbers.
var mobilePrefixes = []string{"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "176", "177", "180", "181", "186", "187", "188", "189", "199"}

// seasonal is the relative volume per calendar month (January first):
// the Spring Festival dip, 618 and Double Eleven peaks.
var seasonal = [12]float64{0.9, 0.65, 1.0, 1.0, 1.05, 1.3, 1.0, 0.95, 1.0, 0.85, 1.55, 1.2}
