import Foundation

/// A quick test on the UTF-8 bytes of a text, for the parser's hot paths: whether the text can
/// hold a word, before the `Character`, Foundation or `Regex` search that decides.
///
/// Foundation's `contains` and `range(of:)` bridge to `CFStringFind`, which converts the text
/// to UTF-16 and folds character clusters on every call, and a `Regex` walks `Character`s. On
/// valid UTF-8 a scalar sequence occurs exactly where its bytes do (UTF-8 is self-synchronising),
/// so a byte search finds every plain occurrence without decoding. Those searches also equate
/// canonically equivalent text: a CJK compatibility ideograph (U+F900–FAFF, U+2F800–2FA1F)
/// equals the unified ideograph it decomposes to. So a text holding one of those may hold the
/// word too, and the test says yes; it can say yes wrongly (a word extended by a combining
/// mark), never no wrongly, for needles of CJK ideographs, ASCII and full-width forms.
extension StringProtocol {
    /// Whether the text may hold `needle`: its UTF-8 bytes occur, or the text holds a CJK
    /// compatibility ideograph.
    @inlinable
    public func holds(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { needleBytes in
            utf8.withContiguousStorageIfAvailable { UTF8Search.mayContain($0, needleBytes) }
                ?? Array(utf8).withUnsafeBufferPointer { UTF8Search.mayContain($0, needleBytes) }
        }
    }

    /// Whether the text holds a tab byte: a line of tab-separated cells, by the same test that
    /// `TextNormalizer.tabCells` splits on (a tab with a combining mark after it is one
    /// `Character`, which a `Character` search would not find).
    @inlinable
    public var holdsTab: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.baseAddress.map { memchr($0, 0x09, bytes.count) != nil } ?? false }
            ?? utf8.contains(0x09)
    }
}

extension String {
    /// Whether the text contains `word` (by the same `contains` as before, which equates
    /// canonically equivalent text), searched only where the word's UTF-8 bytes may occur
    /// (`UTF8Search.mayContain`): for words of CJK ideographs and punctuation, ASCII and
    /// full-width forms.
    func containsWord(_ word: String) -> Bool {
        var needle = word
        let may = needle.withUTF8 { needle in utf8.withContiguousStorageIfAvailable { UTF8Search.mayContain($0, needle) } ?? true }
        return may && contains(word)
    }
}

public enum UTF8Search {
    /// Where the UTF-8 bytes of `needle` first occur in those of `text`, from byte `from` on: a
    /// byte offset, exactly, with no canonical equivalence (for byte-wise rewrites such as
    /// `TitleMeaning.replace`); nil when they do not, or the needle is empty.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let last = needle.last, text.count - from >= needle.count else { return nil }
        // The first place the needle ends, its start the first it starts at.
        return firstIndex(in: text, from: from + needle.count - 1, of: last, orCompatibilityLeads: false) { end in
            memcmp(text.baseAddress! + end + 1 - needle.count, needle.baseAddress!, needle.count) == 0
        }.map { $0 + 1 - needle.count }
    }

    /// A CJK compatibility ideograph (U+F900–FAFF, U+2F800–2FA1F): canonically equivalent to a
    /// unified ideograph, so equal to it as a `Character` and in a `Regex`.
    @inlinable
    public static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        isCompatibilityIdeograph(value: scalar.value)
    }

    /// `isCompatibilityIdeograph` of a scalar's value, for the byte scans that decode values.
    @inlinable
    public static func isCompatibilityIdeograph(value: UInt32) -> Bool {
        (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value)
    }

    /// Whether `needle` occurs in `haystack`, or `haystack` holds a CJK compatibility ideograph.
    @inlinable
    public static func mayContain(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = needle.last, let base = haystack.baseAddress else { return needle.isEmpty }
        let count = haystack.count
        let hit = firstIndex(in: haystack, from: 0, of: last, orCompatibilityLeads: true) { index in
            let byte = base[index]
            if byte == last, index + 1 >= needle.count, memcmp(base + index + 1 - needle.count, needle.baseAddress!, needle.count) == 0 {
                return true
            }
            // EF A4–AB: U+F900–FAFF; F0 AF: U+2F800–2FA1F (the supplement).
            guard byte >= 0xEF, index + 1 < count else { return false }
            let next = base[index + 1]
            return (byte == 0xEF && (0xA4...0xAB).contains(next)) || (byte == 0xF0 && next == 0xAF)
        }
        return hit != nil
    }

    /// The first index from `from` on of a byte equal to `byte` — or, with `orCompatibilityLeads`,
    /// of at least EF, the leads of a compatibility ideograph — that `isHit` accepts.
    ///
    /// Sixteen bytes at a time: in CJK text the first byte of a needle is a lead shared by a fifth
    /// of the characters, its last a continuation byte of 64 values, so a search by the last byte
    /// passes most blocks of sixteen in one comparison.
    @inlinable
    static func firstIndex(
        in haystack: UnsafeBufferPointer<UInt8>, from: Int, of byte: UInt8, orCompatibilityLeads: Bool, where isHit: (Int) -> Bool
    ) -> Int? {
        guard let base = haystack.baseAddress, from < haystack.count else { return nil }
        let bytes = SIMD16<UInt8>(repeating: byte)
        let leads = SIMD16<UInt8>(repeating: 0xEF)
        var block = from
        while block + 16 <= haystack.count {
            let chunk = UnsafeRawPointer(base + block).loadUnaligned(as: SIMD16<UInt8>.self)
            var candidates = chunk .== bytes
            if orCompatibilityLeads { candidates = candidates .| (chunk .>= leads) }
            if any(candidates) {
                // The lanes are bytes of all ones or zeros: in each half, a set byte's lane by its bit.
                let halves = unsafeBitCast(candidates, to: SIMD2<UInt64>.self)
                for half in 0..<2 {
                    var lanes = halves[half]
                    while lanes != 0 {
                        let lane = lanes.trailingZeroBitCount / 8
                        if isHit(block + half * 8 + lane) { return block + half * 8 + lane }
                        lanes &= ~(0xFF << UInt64(lane * 8))
                    }
                }
            }
            block += 16
        }
        for index in block..<haystack.count where base[index] == byte || (orCompatibilityLeads && base[index] >= 0xEF) {
            if isHit(index) { return index }
        }
        return nil
    }
}
