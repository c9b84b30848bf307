import Foundation

/// Anchored patterns read on the UTF-8 bytes of plain text (`isPlain`): text of single isolated
/// scalars (`TextNormalizer.isIsolatedScalar`) without a CJK compatibility ideograph. There a
/// `Regex` compares characters as these bytes compare, since every character is one scalar and no
/// character of the patterns has another spelling; so a pattern written as steps here reads what
/// its regex reads, as long as it needs no backtracking — its alternatives open with different
/// characters, an optional word is followed by a character it cannot hold, a number by one no
/// digit or comma is — and each step takes what stands or fails. The patterns are extensions,
/// beside the regexes they stand for (`PlainScanner+Tails`, `PlainScanner+Subjects`); every one
/// is compared with its regex in `ByteReaderTests`.
struct PlainScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset read from.
    var at: Int

    /// Whether a text is plain: all its scalars isolated, none a compatibility ideograph.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if let length = TextNormalizer.ordinaryLength(at: index, in: bytes) {
                    index += length
                    continue
                }
                let (value, length) = TextNormalizer.scalar(at: index, in: bytes)
                guard TextNormalizer.isIsolatedScalar(value), !UTF8Search.isCompatibilityIdeograph(value: value) else { return false }
                index += length
            }
            return true
        }
    }

    /// Whether a plain text is `word`, a word of CJK ideographs: no other spelling of it is plain,
    /// so the characters are equal exactly where the bytes are.
    static func equals(_ text: String, _ word: StaticString) -> Bool {
        text.utf8.count == word.utf8CodeUnitCount && text.utf8.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// The text after what `pattern` reads at its start, in a plain text (`isPlain`); nil where
    /// it does not read.
    static func rest(of text: String, after pattern: (inout PlainScanner) -> Bool) -> Substring? {
        var copy = text
        let end = copy.withUTF8 { bytes -> Int? in
            var scanner = PlainScanner(bytes: bytes, at: 0)
            return pattern(&scanner) ? scanner.at : nil
        }
        return end.map { text[text.utf8.index(text.utf8.startIndex, offsetBy: $0)...] }
    }

    // MARK: Steps

    /// Runs `body` on a copy, kept only when it says yes: a step that fails moves nothing.
    @discardableResult
    mutating func attempt(_ body: (inout PlainScanner) -> Bool) -> Bool {
        var scanner = self
        guard body(&scanner) else { return false }
        self = scanner
        return true
    }

    /// Whether `word`'s bytes stand at `at`.
    func standsAt(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        return at + count <= bytes.count && memcmp(bytes.baseAddress! + at, word.utf8Start, count) == 0
    }

    /// Takes `word` where it stands.
    mutating func take(_ word: StaticString) -> Bool {
        guard standsAt(word) else { return false }
        at += word.utf8CodeUnitCount
        return true
    }

    /// `[0-9]{min,max}`, greedy (`[0-9]+` is `takeDigits(1)`).
    mutating func takeDigits(_ min: Int, _ max: Int = .max) -> Bool {
        var end = at
        while end < bytes.count, end - at < max, bytes[end].isASCIIDigit { end += 1 }
        guard end - at >= min else { return false }
        at = end
        return true
    }

    /// One or more ASCII bytes `isMember` accepts (a class such as `[0-9.]+`), greedy: their bytes.
    mutating func takeRun(where isMember: (UInt8) -> Bool) -> Range<Int>? {
        let start = at
        while at < bytes.count, isMember(bytes[at]) { at += 1 }
        return at > start ? start..<at : nil
    }

    /// `[0-9]{4}年度?`.
    mutating func takeYear() -> Bool {
        guard attempt({ $0.takeDigits(4, 4) && $0.take("年") }) else { return false }
        _ = take("度")
        return true
    }

    /// `[0-9][0-9,]*(?:\.[0-9]+)?`, greedy: its bytes.
    mutating func takeNumber() -> Range<Int>? {
        let start = at
        func isDigit(_ offset: Int) -> Bool { offset < bytes.count && bytes[offset].isASCIIDigit }
        guard isDigit(at) else { return nil }
        var end = at + 1
        while isDigit(end) || (end < bytes.count && bytes[end] == UInt8(ascii: ",")) { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "."), isDigit(end + 1) {
            end += 1
            while isDigit(end) { end += 1 }
        }
        at = end
        return start..<end
    }
}
