import Foundation

/// A table's title reduced to what it means, so that the many wordings of one table meet:
/// 收支总表, 部门收支总表, 收支预算总表, 2026年市级部门收支预算总表, 预算01表收支总表, 收支总体情况表,
/// 表1 2021年部门综合预算收支总表 and １．２０２６年预算单位财务收支预算总表 all read as 收支表.
///
/// The reduction drops what is not the table's name — its number in the report's own list
/// (表1, 附表2, 预算01表, 公开03表, 一、, 9.), the year and whatever stands before it (the
/// department's name), who publishes it (部门, 单位, 市级, 本级 …) and words of style (总体情况,
/// 明细) — keeps the names of the three appropriation funds whole, and states the classification
/// it is printed by (功能分类 / 经济分类, in any of their wordings) as a mark at the end. The
/// words live in `TitleVocabulary`. Exact titles are still looked up first (`TableLocator`):
/// this is how a title no spec lists is read.
struct TitleMeaning: Equatable {
    /// The reduced name, e.g. 一般公共支出表.
    var name: String
    /// The classification the title names, if it names one.
    var classification: TableSpec.CodeKind?

    /// The meaning of a title's comparison key (`TextNormalizer.key`); nil for a line that is
    /// not a table's title (no 表, or longer than a title).
    init?(key raw: String) {
        // (A text has no more characters than scalars: most titles are counted without grapheme breaking.)
        guard raw.holds("表"), raw.unicodeScalars.count <= TitleVocabulary.longestTitle || raw.count <= TitleVocabulary.longestTitle else {
            return nil
        }
        var key = Self.foldingWidth(raw)
        key = TextNormalizer.key(TextNormalizer.withoutNumbering(key))
        // A key that no reduction below can leave ending in 表 is no title: a note under a table
        // (注：本表反映…情况。) holds 表 and is short, and reading it cost as much as a title.
        guard let last = key.unicodeScalars.last, TitleVocabulary.mayEndTitle(last) else { return nil }
        // Both patterns below need an ASCII digit: a key without one skips them.
        if key.utf8.contains(where: \.isASCIIDigit) {
            // The year, and what is printed before it: the department's name, the list number (表1 2021年…).
            if let year = key.firstMatch(of: TitleVocabulary.year) { key = String(key[year.range.upperBound...]) }
            // The report's own list number, wherever the publisher puts it: 表1, 附表2-1, 预算01表, 公开03表
            // (a digit too, which the year may have taken with it: 2021年度…项目支出绩效自评表).
            if key.utf8.contains(where: \.isASCIIDigit) { key = key.replacing(TitleVocabulary.listNumber, with: "") }
        }
        for noise in TitleVocabulary.qualifiers { Self.replace(noise, with: "", in: &key) }
        classification = nil
        for (words, kind) in TitleVocabulary.classifications {
            for word in words where Self.replace(word, with: "", in: &key) { classification = kind }
        }
        for (fund, kept) in TitleVocabulary.funds { Self.replace(fund, with: kept, in: &key) }
        for word in TitleVocabulary.dropped { Self.replace(word, with: "", in: &key) }
        Self.replace("()", with: "", in: &key)
        guard key.hasSuffix("表"), key.count > 1 else { return nil }
        name = key
    }

    /// Replaces every `word` in `text`; whether there was one. Compares UTF-8 bytes: a title is
    /// tried against every word of the vocabulary, and most are not in it.
    @discardableResult
    static func replace(_ word: String, with replacement: String, in text: inout String) -> Bool {
        // Most words are not in the title: looked for in place, before anything is copied.
        var (title, needle) = (text, word)
        let replaced = title.withUTF8 { bytes in
            needle.withUTF8 { target -> [UInt8]? in
                guard var found = UTF8Search.firstOffset(of: target, in: bytes) else { return nil }
                var result: [UInt8] = []
                var index = 0
                while true {
                    result += bytes[index..<found]
                    result += replacement.utf8
                    index = found + target.count
                    guard let next = UTF8Search.firstOffset(of: target, in: bytes, from: index) else { break }
                    found = next
                }
                result += bytes[index...]
                return result
            }
        }
        guard let replaced else { return false }
        text = String(decoding: replaced, as: UTF8.self)
        return true
    }

    /// Full-width digits, letters and spaces as ASCII (２０２６ → 2026).
    static func foldingWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF01...0xFF5E where !"（）：".unicodeScalars.contains(scalar): Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
            case 0x3000: " "
            default: scalar
            }
        }))
    }
}

/// The words `TitleMeaning` reads a title with. Data, not code: a new publisher's wording is a
/// new entry here.
enum TitleVocabulary {
    /// A title is short; a longer line ending in 表 is a sentence.
    static let longestTitle = 60

    nonisolated(unsafe) static let listNumber = #/^(附表|表)[0-9]+(-[0-9]+)?[:.、]?|^(预算|公开|决算|部门)?[0-9]{1,2}表|(公开|预算)[0-9]{1,2}表$/#
    nonisolated(unsafe) static let year = #/[0-9]{4}年度?/#

    /// The classifications, each in the wordings titles use; the longest first, so that a
    /// wording inside a longer one does not leave the rest behind.
    static let classifications: [([String], TableSpec.CodeKind)] = [
        (["(按支出功能分类科目)", "(按功能分类科目)", "(按功能分类)", "(功能分类科目)", "(功能分类)", "(功能科目)", "功能分类科目", "功能分类"], .subject),
        (
            [
                "(按支出经济分类科目)", "(按经济分类科目)", "(按经济分类)", "(经济分类科目)", "(经济分类)", "(经济科目)", "部门预算经济分类",
                "经济分类科目", "经济分类",
            ], .econ
        ),
    ]

    /// Qualifiers printed inside a classification's parentheses, dropped first.
    static let qualifiers = ["-不含上年结转", "－不含上年结转", "，不含上年结转", ",不含上年结转"]

    /// The appropriation funds' names, whose 预算 is part of the name, not the report's kind.
    static let funds: [(String, String)] = [("一般公共预算", "一般公共"), ("政府性基金预算", "政府性基金"), ("国有资本经营预算", "国有资本经营")]

    /// Whether a key ending in `last` may end in 表 once reduced: it ends in 表, or in the last
    /// character of a word the reduction drops or rewrites (a list number ends in 表, and a year
    /// at the end leaves nothing), or in one a `Character` comparison may equate with another
    /// (a compatibility ideograph, a scalar that joins its neighbour).
    static func mayEndTitle(_ last: Unicode.Scalar) -> Bool {
        titleEndings.contains(last) || UTF8Search.isCompatibilityIdeograph(last) || !TextNormalizer.isIsolatedScalar(last.value)
    }

    /// The last characters of 表 and of every word the reduction drops or rewrites.
    static let titleEndings: Set<Unicode.Scalar> = Set(
        (["表", "()"] + classifications.flatMap(\.0) + qualifiers + funds.map(\.0) + dropped).compactMap { $0.unicodeScalars.last })

    /// Words that say who publishes the table, or how, not what it holds; longest first.
    static let dropped = [
        "(不含上年结转)", "部门综合预算", "部门预算", "预算单位", "市级部门", "部门", "单位", "市级", "本级", "综合", "预算", "总体情况", "情况",
        "明细", "财务", "本年", "总",
    ]
}

extension TableLocator {
    /// Every known table's title meanings (of the titles its spec lists) and the table; a
    /// meaning two tables share is left out, so that it names neither.
    static let tablesByMeaning: [String: GongkaiTable] = {
        var tables: [String: GongkaiTable] = [:]
        var shared: Set<String> = []
        for table in GongkaiTable.known {
            for title in table.spec.titles {
                guard let meaning = TitleMeaning(key: title) else { continue }
                let key = meaning.name + meaning.mark
                if let other = tables[key], other != table { shared.insert(key) }
                tables[key] = tables[key] ?? table
            }
        }
        return tables.filter { !shared.contains($0.key) }
    }()

    /// The table a title means, when its wording is not one a spec lists.
    static func table(meaning key: String) -> GongkaiTable? {
        guard let meaning = TitleMeaning(key: key) else { return nil }
        if let table = tablesByMeaning[meaning.name + meaning.mark] { return table }
        // A title that names its classification where the spec's titles do not: the spec's codes must agree.
        guard let table = tablesByMeaning[meaning.name], let stated = meaning.classification else { return nil }
        return table.spec.codeKind == stated ? table : nil
    }
}

extension TitleMeaning {
    /// The classification as a mark on the name (|功能, |经济).
    var mark: String {
        switch classification {
        case .subject: "|功能"
        case .econ: "|经济"
        case .none?, nil: ""
        }
    }
}
