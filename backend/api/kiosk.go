package api

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"feedbackdesk/backend/feedback"
)

// KioskStatus says whether kiosk mode is configured.
type KioskStatus struct {
	PinSet   bool   `json:"pinSet"`
	SurveyID *int64 `json:"surveyId"`
}

// Kiosk setting keys: the survey shown and the PIN as "salt:sha256(salt‖pin)" in hex.
const (
	keyKioskSurvey = "kiosk.survey_id"
	keyKioskPIN    = "kiosk.pin"
)

// Kiosk lock-out: after kioskMaxFailures wrong PINs in a row, Unlock
// refuses for kioskLockout.
const (
	kioskMaxFailures = 5
	kioskLockout     = 30 * time.Second
)

var pinPattern = regexp.MustCompile(`^[0-9]{4,8}$`)

// Kiosk is the bound facade of kiosk mode: one survey on a shared screen,
// left only with a PIN.
type Kiosk struct {
	ctx   context.Context
	store KioskStore

	mu          sync.Mutex
	failures    int
	lockedUntil time.Time
}

// NewKiosk returns the facade; it does no I/O.
func NewKiosk() *Kiosk { return &Kiosk{ctx: context.Background()} }

// AttachKiosk gives k the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachKiosk(k *Kiosk, ctx context.Context, store KioskStore) {
	k.ctx, k.store = ctx, store
}

// Status reports whether a PIN and a survey are configured.
func (k *Kiosk) Status() (KioskStatus, error) {
	return guard(k.store != nil, k.status)
}

func (k *Kiosk) status() (KioskStatus, error) {
	var st KioskStatus
	_, ok, err := k.store.Setting(k.ctx, keyKioskPIN)
	if err != nil {
		return st, err
	}
	st.PinSet = ok
	v, ok, err := k.store.Setting(k.ctx, keyKioskSurvey)
	if err != nil || !ok {
		return st, err
	}
	if id, err := strconv.ParseInt(v, 10, 64); err == nil {
		st.SurveyID = &id
	}
	return st, nil
}

// Configure sets the kiosk survey (which must be active) and the PIN
// (4–8 digits), stored as a salted SHA-256 hash. It clears any lock-out.
func (k *Kiosk) Configure(surveyID int64, pin string) (KioskStatus, error) {
	return guard(k.store != nil, func() (KioskStatus, error) {
		if !pinPattern.MatchString(pin) {
			return KioskStatus{}, feedback.Errorf(feedback.EINVALID, "error.kiosk.pin_invalid", "The PIN must be 4 to 8 digits.").
				WithParams(map[string]any{"min": 4, "max": 8})
		}
		s, err := k.store.FindSurveyByID(k.ctx, surveyID)
		if err != nil {
			return KioskStatus{}, err
		}
		if err := s.CheckAccepts(feedback.SourceKiosk); err != nil {
			return KioskStatus{}, err
		}
		salt := make([]byte, 16)
		if _, err := rand.Read(salt); err != nil {
			return KioskStatus{}, err
		}
		if err := k.store.SetSetting(k.ctx, keyKioskPIN, hex.EncodeToString(salt)+":"+hex.EncodeToString(pinHash(salt, pin))); err != nil {
			return KioskStatus{}, err
		}
		if err := k.store.SetSetting(k.ctx, keyKioskSurvey, strconv.FormatInt(surveyID, 10)); err != nil {
			return KioskStatus{}, err
		}
		k.mu.Lock()
		k.failures, k.lockedUntil = 0, time.Time{}
		k.mu.Unlock()
		return k.status()
	})
}

func pinHash(salt []byte, pin string) []byte {
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte(pin))
	return h.Sum(nil)
}

// Unlock reports whether pin is the kiosk PIN, comparing in constant time.
// After 5 wrong PINs in a row it refuses every try for 30 seconds
// (error.kiosk.locked, with the seconds left).
func (k *Kiosk) Unlock(pin string) (bool, error) {
	return guard(k.store != nil, func() (bool, error) {
		k.mu.Lock()
		defer k.mu.Unlock()
		now := k.store.CurrentTime()
		if now.Before(k.lockedUntil) {
			left := int(k.lockedUntil.Sub(now).Seconds() + 0.999)
			return false, feedback.Errorf(feedback.EUNAVAILABLE, "error.kiosk.locked", "Too many wrong PINs; try again in %d s.", left).
				WithParams(map[string]any{"seconds": left})
		}
		v, ok, err := k.store.Setting(k.ctx, keyKioskPIN)
		if err != nil {
			return false, err
		} else if !ok {
			return false, errKioskNotConfigured
		}
		saltHex, hashHex, _ := strings.Cut(v, ":")
		salt, err1 := hex.DecodeString(saltHex)
		want, err2 := hex.DecodeString(hashHex)
		if err1 != nil || err2 != nil {
			return false, fmt.Errorf("api: kiosk PIN setting is malformed")
		}
		if subtle.ConstantTimeCompare(pinHash(salt, pin), want) == 1 {
			k.failures = 0
			return true, nil
		}
		if k.failures++; k.failures >= kioskMaxFailures {
			k.failures, k.lockedUntil = 0, now.Add(kioskLockout)
		}
		return false, nil
	})
}

var errKioskNotConfigured = feedback.Errorf(feedback.EINVALID, "error.kiosk.not_configured", "Kiosk mode is not set up: choose a survey and a PIN first.")

// Submit stores a kiosk response: the source is always kiosk and the
// survey the configured one, whatever the page sends.
func (k *Kiosk) Submit(in ResponseInput) (ResponseDetail, error) {
	return guard(k.store != nil, func() (ResponseDetail, error) {
		st, err := k.status()
		if err != nil {
			return ResponseDetail{}, err
		} else if st.SurveyID == nil {
			return ResponseDetail{}, errKioskNotConfigured
		}
		in.SurveyID, in.Source = *st.SurveyID, string(feedback.SourceKiosk)
		return submitResponse(k.ctx, k.store, in)
	})
}
