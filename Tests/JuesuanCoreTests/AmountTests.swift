import Foundation
@testable import JuesuanCore
import Testing

@Suite struct AmountTests {
    static let numbers: [(text: String, value: String)] = [
        ("17321.91", "17321.91"), ("2,940.05", "2940.05"), ("1,234,567.5", "1234567.5"), ("0.20", "0.2"),
        ("0", "0"), ("-3.5", "-3.5"), ("100", "100"),
    ]

    @Test(arguments: numbers)
    func readsPlainNumbers(_ example: (text: String, value: String)) throws {
        let amount = try #require(Amount(example.text))
        #expect(amount.value == Decimal(string: example.value, locale: Locale(identifier: "en_US_POSIX")))
        #expect(amount.text == example.text)
    }

    /// `Amount.decimal` builds most values from their digits: they must be `Decimal(string:)`'s,
    /// bit for bit (the same compact form, so the same hash and the same printed value).
    @Test func valuesAreDecimalStringsBitForBit() throws {
        let posix = Locale(identifier: "en_US_POSIX")
        var texts = [
            "0", "0.00", "-0", "-0.00", "+0.0", "+5", "87.00", "87", "100", "1200", "95.5", "-3", "0.20", "00012", "0.05", "-0.001",
            "65536", "65535.5", "4294967296", "281474976710656", "999999999999999999", "-999999999999999999.5", "1234567890123456789012",
            "0.000000000000000001", "12.500", "-12.50", "000.00", "-00.0", "+0.000", "00", "0.000000000000000000", "-0.00000000000000000",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var text = String(UInt64.random(in: 0...999_999_999_999, using: &generator) >> UInt64.random(in: 0...39, using: &generator))
            if Bool.random(using: &generator) { text += "." + String(UInt64.random(in: 0...999_999, using: &generator)) }
            if Int.random(in: 0...4, using: &generator) == 0 { text = "-" + text }
            texts.append(text)
        }
        for text in texts {
            let expected = try #require(Decimal(string: text, locale: posix))
            let value = try #require(Amount.decimal(text))
            #expect(withUnsafeBytes(of: value) { Array($0) } == withUnsafeBytes(of: expected) { Array($0) }, "\(text)")
        }
    }

    @Test func keepsThePrintedScaleForSQL() throws {
        #expect(try #require(Amount("0.20")).sqlText == "0.20")
        #expect(try #require(Amount("2,940.05")).sqlText == "2940.05")
    }

    @Test(arguments: ["17321.9I", "1.2.3", "1,23", "12abc", "", "-", "1,2345.00", ".5", "5.", "——", "1 000"])
    func refusesWhatIsNotANumber(_ text: String) {
        #expect(Amount(text) == nil)
    }
}

@Suite struct TextNormalizerTests {
    static let cells: [(raw: String, clean: String)] = [
        ("年度资金 总额", "年度资金总额"), ("组织列 席“两 会”参 事", "组织列席“两会”参事"), ("≥6 期", "≥6期"),
        ("  行政运行 ", "行政运行"), ("COVID 19 防控", "COVID 19防控"), ("本年收 入合计", "本年收入合计"),
    ]

    @Test(arguments: cells)
    func removesLineWrapSpaces(_ example: (raw: String, clean: String)) {
        #expect(TextNormalizer.cellText(example.raw) == example.clean)
    }

    @Test func keysIgnoreSpacesQuotesAndBracketWidth() {
        #expect(TextNormalizer.key("财政拨款“三公”经费支出决算表") == "财政拨款三公经费支出决算表")
        #expect(TextNormalizer.key("因公出国（境）费") == TextNormalizer.key("因公出国(境)费"))
        #expect(TextNormalizer.key("项 目") == "项目")
    }

    @Test func stripsListNumbering() {
        #expect(TextNormalizer.withoutNumbering("一、收入支出决算总表") == "收入支出决算总表")
        #expect(TextNormalizer.withoutNumbering("- 十、部门预算项目支出绩效自评表") == "部门预算项目支出绩效自评表")
        #expect(TextNormalizer.withoutNumbering("（三）说明") == "说明")
        #expect(TextNormalizer.withoutNumbering("收入决算表") == "收入决算表")
    }
}

@Suite struct SHA256Tests {
    @Test func matchesTheStandardVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func hashesTheSeedLikeSha256sum() throws {
        // The digest `sha256sum seeds/000_f428d76052f7ee41.txt` prints.
        #expect(SHA256.hex(try Fixture.seedData()) == "50b2783025529fb8cececef8e50a8352f39954785701b32d10d760590d47363e")
    }
}
