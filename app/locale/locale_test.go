package locale

import "testing"

func TestSettle(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string // LC_MESSAGES afterwards
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "C"},
		{map[string]string{"LANG": "POSIX.utf8"}, "C"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, ""},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "C.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en_GB.UTF-8"},
		{map[string]string{"LC_ALL": "C.UTF-8"}, ""},
	} {
		env := map[string]string{}
		for k, v := range tc.env {
			env[k] = v
		}
		Settle(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LC_MESSAGES"] != tc.want {
			t.Errorf("%v: LC_MESSAGES %q, want %q", tc.env, env["LC_MESSAGES"], tc.want)
		}
	}
}
