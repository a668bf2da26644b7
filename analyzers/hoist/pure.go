package hoist

import "golang.org/x/tools/go/ssa"

// A pureFunc describes a standard library function whose result depends only
// on its arguments (and, for readsBytes, on the bytes its slice arguments
// point to), that writes no memory its caller can see, and that costs enough
// to be worth hoisting: it is not inlined to a few instructions, or it
// allocates, or it scans its input. Cheap functions the compiler inlines or
// turns into one instruction (strings.HasPrefix, math.Sqrt, math.Abs,
// bits.OnesCount) are left out on purpose.
type pureFunc struct {
	cost       string // what each call costs, for the message
	readsBytes bool   // reads the elements of its []byte / []rune arguments
	mayPanic   bool   // can panic for some argument values: never fixed
	cheap      bool   // inlined or a few instructions: not reported, but a call to it writes nothing
}

const (
	costScanAlloc = "scans its input and may allocate"
	costScan      = "scans its input"
	costAlloc     = "allocates"
	costParse     = "parses its input"
	costMath      = "runs a polynomial or iterative approximation that is not inlined"
	costCompile   = "compiles the pattern"
)

// pureFuncs is keyed by ssa.Function.String() of package-level functions.
var pureFuncs = map[string]pureFunc{
	"strings.ToLower":                {cost: costScanAlloc},
	"strings.ToUpper":                {cost: costScanAlloc},
	"strings.ToTitle":                {cost: costScanAlloc},
	"strings.TrimSpace":              {cost: costScan},
	"strings.Trim":                   {cost: costScan},
	"strings.TrimLeft":               {cost: costScan},
	"strings.TrimRight":              {cost: costScan},
	"strings.Split":                  {cost: costScanAlloc},
	"strings.SplitN":                 {cost: costScanAlloc},
	"strings.SplitAfter":             {cost: costScanAlloc},
	"strings.Fields":                 {cost: costScanAlloc},
	"strings.Join":                   {cost: costScanAlloc},
	"strings.Repeat":                 {cost: costScanAlloc, mayPanic: true},
	"strings.Replace":                {cost: costScanAlloc},
	"strings.ReplaceAll":             {cost: costScanAlloc},
	"strings.Index":                  {cost: costScan},
	"strings.LastIndex":              {cost: costScan},
	"strings.IndexAny":               {cost: costScan},
	"strings.Contains":               {cost: costScan},
	"strings.ContainsAny":            {cost: costScan},
	"strings.Count":                  {cost: costScan},
	"strings.EqualFold":              {cost: costScan},
	"strings.Title":                  {cost: costScanAlloc},
	"strconv.Itoa":                   {cost: costAlloc},
	"strconv.FormatInt":              {cost: costAlloc, mayPanic: true},
	"strconv.FormatUint":             {cost: costAlloc, mayPanic: true},
	"strconv.FormatFloat":            {cost: costAlloc, mayPanic: true},
	"strconv.FormatBool":             {cost: "is a call"},
	"strconv.Quote":                  {cost: costScanAlloc},
	"strconv.Atoi":                   {cost: costParse},
	"strconv.ParseInt":               {cost: costParse},
	"strconv.ParseUint":              {cost: costParse},
	"strconv.ParseFloat":             {cost: costParse},
	"strconv.ParseBool":              {cost: costParse},
	"strconv.Unquote":                {cost: costParse},
	"unicode/utf8.RuneCountInString": {cost: costScan},
	"unicode/utf8.ValidString":       {cost: costScan},
	"unicode/utf8.RuneCount":         {cost: costScan, readsBytes: true},
	"unicode/utf8.Valid":             {cost: costScan, readsBytes: true},
	"bytes.ToLower":                  {cost: costScanAlloc, readsBytes: true},
	"bytes.ToUpper":                  {cost: costScanAlloc, readsBytes: true},
	"bytes.TrimSpace":                {cost: costScan, readsBytes: true},
	"bytes.Split":                    {cost: costScanAlloc, readsBytes: true},
	"bytes.Fields":                   {cost: costScanAlloc, readsBytes: true},
	"bytes.Index":                    {cost: costScan, readsBytes: true},
	"bytes.Contains":                 {cost: costScan, readsBytes: true},
	"bytes.Count":                    {cost: costScan, readsBytes: true},
	"bytes.EqualFold":                {cost: costScan, readsBytes: true},
	"math.Sin":                       {cost: costMath},
	"math.Cos":                       {cost: costMath},
	"math.Tan":                       {cost: costMath},
	"math.Asin":                      {cost: costMath},
	"math.Acos":                      {cost: costMath},
	"math.Atan":                      {cost: costMath},
	"math.Atan2":                     {cost: costMath},
	"math.Sinh":                      {cost: costMath},
	"math.Cosh":                      {cost: costMath},
	"math.Tanh":                      {cost: costMath},
	"math.Exp":                       {cost: costMath},
	"math.Exp2":                      {cost: costMath},
	"math.Expm1":                     {cost: costMath},
	"math.Log":                       {cost: costMath},
	"math.Log2":                      {cost: costMath},
	"math.Log10":                     {cost: costMath},
	"math.Log1p":                     {cost: costMath},
	"math.Pow":                       {cost: costMath},
	"math.Pow10":                     {cost: costMath},
	"math.Cbrt":                      {cost: costMath},
	"math.Hypot":                     {cost: costMath},
	"math.Mod":                       {cost: costMath},
	"regexp.MustCompile":             {cost: costCompile, mayPanic: true},
	"regexp.Compile":                 {cost: costCompile},
}

func init() {
	// Cheap functions that read only their arguments (and immutable
	// package tables) and write nothing: a call to one in a loop does not
	// make other values variant, and is never reported itself.
	for _, name := range []string{
		"strings.HasPrefix", "strings.HasSuffix", "strings.Compare", "strings.ContainsRune",
		"strings.IndexByte", "strings.IndexRune", "strings.LastIndexByte", "strings.Cut",
		"strings.CutPrefix", "strings.CutSuffix", "strings.TrimPrefix", "strings.TrimSuffix",
		"unicode.IsSpace", "unicode.IsLetter", "unicode.IsDigit", "unicode.IsNumber",
		"unicode.IsUpper", "unicode.IsLower", "unicode.IsPunct", "unicode.IsPrint",
		"unicode.IsControl", "unicode.IsGraphic", "unicode.ToLower", "unicode.ToUpper",
		"unicode/utf8.DecodeRuneInString", "unicode/utf8.DecodeLastRuneInString",
		"unicode/utf8.RuneLen", "unicode/utf8.ValidRune", "unicode/utf8.RuneStart",
		"math.Abs", "math.Sqrt", "math.Floor", "math.Ceil", "math.Trunc", "math.Round",
		"math.IsNaN", "math.IsInf", "math.Inf", "math.NaN", "math.Max", "math.Min",
		"math.Float64bits", "math.Float64frombits", "math.Float32bits", "math.Float32frombits",
		"math.Signbit", "math.Copysign", "math.FMA",
		"math/bits.LeadingZeros", "math/bits.LeadingZeros8", "math/bits.LeadingZeros16",
		"math/bits.LeadingZeros32", "math/bits.LeadingZeros64", "math/bits.TrailingZeros",
		"math/bits.TrailingZeros8", "math/bits.TrailingZeros16", "math/bits.TrailingZeros32",
		"math/bits.TrailingZeros64", "math/bits.OnesCount", "math/bits.OnesCount8",
		"math/bits.OnesCount16", "math/bits.OnesCount32", "math/bits.OnesCount64",
		"math/bits.Len", "math/bits.Len8", "math/bits.Len16", "math/bits.Len32", "math/bits.Len64",
		"math/bits.RotateLeft", "math/bits.RotateLeft32", "math/bits.RotateLeft64",
		"math/bits.ReverseBytes32", "math/bits.ReverseBytes64", "math/bits.Add64",
		"math/bits.Sub64", "math/bits.Mul64",
	} {
		pureFuncs[name] = pureFunc{cheap: true}
	}
	for _, name := range []string{
		"bytes.Equal", "bytes.HasPrefix", "bytes.HasSuffix", "bytes.IndexByte", "bytes.Compare",
		"unicode/utf8.DecodeRune", "unicode/utf8.DecodeLastRune", "unicode/utf8.FullRune",
	} {
		pureFuncs[name] = pureFunc{cheap: true, readsBytes: true}
	}
}

// lookupPure returns the table entry for a static callee, if any.
func lookupPure(fn *ssa.Function) (pureFunc, bool) {
	if fn == nil || fn.Signature.Recv() != nil || fn.Pkg == nil {
		return pureFunc{}, false
	}
	p, ok := pureFuncs[fn.String()]
	return p, ok
}
