package redact

import "testing"

func TestContacts(t *testing.T) {
	for _, c := range []struct {
		in, want string
		n        int
	}{
		{"快递太慢了，请打我电话13800138000联系", "快递太慢了，请打我电话***联系", 1},
		{"call me on +86 138 0013 8000 or mail li.ming@example.com.cn", "call me on *** or mail ***", 2},
		{"座机 021-6234 5678，找王经理", "座机 ***，找王经理", 1},
		{"身份证号11010519491231002X已登记", "身份证号***已登记", 1},
		{"卡号 6222 0212 3456 7890 123", "卡号 ***", 1},
		{"全角号码１３９１２３４５６７８也要隐去", "全角号码***也要隐去", 1},
		{"等了3天，退款199元，订单第2件", "等了3天，退款199元，订单第2件", 0},
		{"2026-11-23 下单，编号 12345 号", "2026-11-23 下单，编号 12345 号", 0},
		{"", "", 0},
		{"no contact here", "no contact here", 0},
	} {
		got, n := Contacts(c.in)
		if got != c.want || n != c.n {
			t.Errorf("Contacts(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.n)
		}
		if again, m := Contacts(got); again != got || m != 0 {
			t.Errorf("masking %q again changed it: %q (%d)", got, again, m)
		}
	}
}

func FuzzContacts(f *testing.F) {
	for _, s := range []string{"13800138000", "a@b.cn", "１２３４５６７８", "+86-138-0013-8000x", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := Contacts(s)
		if again, m := Contacts(got); again != got || m != 0 {
			t.Fatalf("not stable: %q → %q → %q", s, got, again)
		}
	})
}
