import Foundation
import JuesuanCore
import Testing

/// Mutation fuzzing of the parser: damaged copies of the seed either parse or fail with
/// a one-line `ParseError` naming the file, and never crash or hang.
///
/// The run is deterministic: the mutations come from a seeded generator, so a failure
/// names the seed and iteration that reproduce it. `JUESUAN_FUZZ_ITERATIONS` (default
/// 3000) and `JUESUAN_FUZZ_SEED` (default 20241231) change how many mutations run and
/// which ones, for a longer run than the default that keeps `swift test` quick:
///
///     JUESUAN_FUZZ_ITERATIONS=200000 JUESUAN_FUZZ_SEED=7 swift test --filter FuzzTests
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["JUESUAN_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 3000
    static let seed = environment["JUESUAN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_241_231
    /// The file name the parser is given, which every error must start with.
    static let fileName = "fuzz/seed mutation.txt"
    /// A parse that takes longer than this is reported as a hang (the whole seed parses in under a second in a debug build).
    static let hangSeconds = 20.0

    /// The headings in 第二部分 that start each table section of the seed, in printed order.
    static let headings = [
        "一、收入支出决算总表", "二、收入决算表", "三、支出决算表", "四、财政拨款收入支出决算总表",
        "五、一般公共预算财政拨款支出决算表", "六、一般公共预算财政拨款基本支出决算明细表",
        "七、政府性基金预算财政拨款收入支出决算表", "八、国有资本经营预算财政拨款支出决算表",
        "九、财政拨款“三公”经费支出决算表", "十、部门预算项目支出绩效自评表",
    ]

    /// Reports to mutate, with their share of the mutations: the cover with one table section each
    /// (every layout, small enough to parse thousands of times), the last table with the first
    /// three project forms, and, rarely because it parses a hundred times slower, the whole seed.
    static func bases() throws -> [(name: String, lines: [String], share: Int)] {
        let lines = String(decoding: try Fixture.seedData(), as: UTF8.self).components(separatedBy: "\n")
        let cover = Array(lines.prefix { TextNormalizer.key($0) != "目录" })
        let starts = try headings.map { heading in
            try #require(lines.firstIndex(of: heading), "the seed prints the heading \(heading)")
        }
        var bases: [(name: String, lines: [String], share: Int)] = []
        // 七 and 八 print empty tables, and a report whose tables are all blank is refused (a
        // template): they go with 九, whose 三公 row has amounts.
        let sangong = Array(lines[starts[8]..<starts[9]])
        for (index, start) in starts.dropLast().enumerated() {
            let section = Array(lines[start..<starts[index + 1]])
            bases.append((headings[index], cover + section + (index == 6 || index == 7 ? sangong : []), 20))
        }
        let forms = lines.indices.filter { lines[$0].hasPrefix("总分") }
        let threeForms = try #require(forms.dropFirst(2).first, "the seed has three project forms") + 1
        bases.append(("九、… and three project forms", cover + lines[starts[8]..<threeForms], 20))
        bases.append(("the whole seed", lines, 1))
        return bases
    }

    @Test func mutatedReportsParseOrFailWithOneLine() throws {
        let bases = try Self.bases()
        for base in bases {
            // The unmutated bases parse, so that mutations start from a report that reaches every stage.
            #expect(throws: Never.self, "\(base.name)") {
                try ReportParser.parse(file: Self.fileName, data: Data(base.lines.joined(separator: "\n").utf8))
            }
        }
        var generator = SplitMix64(seed: Self.seed)
        let weights = bases.map(\.share)
        var outcomes: [String: Int] = [:]
        var slowest = 0.0
        let started = Date()
        for iteration in 0..<Self.iterations {
            let base = bases[generator.pick(weights: weights)]
            var bytes = Array(base.lines.joined(separator: "\n").utf8)
            var applied: [Mutation] = []
            for _ in 0...Int.random(in: 0...2, using: &generator) {
                let mutation = Mutation.allCases.randomElement(using: &generator) ?? .flipByte
                mutation.apply(to: &bytes, using: &generator)
                applied.append(mutation)
            }
            let context = "seed \(Self.seed), iteration \(iteration), base \(base.name), mutations \(applied)"
            let parseStarted = Date()
            guard let outcome = Self.parseWithDeadline(Data(bytes)) else {
                Issue.record("the parser ran longer than \(Self.hangSeconds) s (\(context)); input: \(Self.keep(bytes))")
                return
            }
            slowest = max(slowest, Date().timeIntervalSince(parseStarted))
            switch outcome {
            case .success:
                outcomes["parsed", default: 0] += 1
            case .failure(let error):
                outcomes["refused", default: 0] += 1
                let description = error.description
                guard error.file == Self.fileName, description.hasPrefix(Self.fileName + ":"),
                    !description.contains(where: \.isNewline), description.count > Self.fileName.count + 2
                else {
                    Issue.record("not a one-line error naming the file: \(description.debugDescription) (\(context)); input: \(Self.keep(bytes))")
                    return
                }
            }
        }
        // Both outcomes must occur, or the mutations are too weak (all parse) or too strong (none does).
        #expect(outcomes["parsed", default: 0] > Self.iterations / 20)
        #expect(outcomes["refused", default: 0] > Self.iterations / 20)
        print("fuzz: \(Self.iterations) mutations, \(outcomes), slowest parse \(slowest) s, \(Date().timeIntervalSince(started)) s in all")
    }

    /// Parses on another thread and gives up waiting after `hangSeconds`, so a hang fails the test instead of stalling it.
    static func parseWithDeadline(_ data: Data) -> Result<Report, ParseError>? {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            do throws(ParseError) {
                box.result = .success(try ReportParser.parse(file: fileName, data: data))
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        guard done.wait(timeout: .now() + hangSeconds) == .success else { return nil }
        return box.result
    }

    /// Saves an input that broke a rule, so that it can be reproduced, and returns its path.
    static func keep(_ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-fuzz-\(UUID().uuidString).txt").path
        // Without the file the seed and iteration in the message still reproduce the input.
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}

/// One way of damaging a report, as text extraction, a bad copy or a careless edit would.
enum Mutation: CaseIterable {
    case flipByte, deleteLine, duplicateLine, swapLines, truncate, insertTab, removeTab, digitToLetter, emptyCell, blankLine

    func apply(to bytes: inout [UInt8], using generator: inout SplitMix64) {
        guard !bytes.isEmpty else { return }
        let tab: UInt8 = 0x09
        let newline: UInt8 = 0x0A
        switch self {
        case .flipByte:
            let index = Int.random(in: bytes.indices, using: &generator)
            bytes[index] ^= UInt8.random(in: 1...255, using: &generator)
        case .deleteLine, .duplicateLine, .swapLines, .blankLine:
            var lines = bytes.split(separator: newline, omittingEmptySubsequences: false).map(Array.init)
            let index = Int.random(in: lines.indices, using: &generator)
            switch self {
            case .deleteLine: lines.remove(at: index)
            case .duplicateLine: lines.insert(lines[index], at: index)
            case .blankLine: lines.insert([], at: index)
            default: lines.swapAt(index, Int.random(in: lines.indices, using: &generator))
            }
            bytes = Array(lines.joined(separator: [newline]))
        case .truncate:
            bytes.removeSubrange(Int.random(in: bytes.indices, using: &generator)...)
        case .insertTab:
            bytes.insert(tab, at: Int.random(in: 0...bytes.count, using: &generator))
        case .removeTab, .digitToLetter, .emptyCell:
            let wanted: (UInt8) -> Bool = self == .removeTab ? { $0 == tab } : { (0x30...0x39).contains($0) }
            let candidates = bytes.indices.filter { wanted(bytes[$0]) }
            guard let index = candidates.randomElement(using: &generator) else { return }
            switch self {
            case .removeTab:
                bytes.remove(at: index)
            case .digitToLetter:
                bytes[index] = UInt8.random(in: 0x41...0x5A, using: &generator) | (Bool.random(using: &generator) ? 0x20 : 0)
            default:
                // The whole cell around the digit goes, leaving its tabs: a blank amount.
                var start = index
                while start > 0, bytes[start - 1] != tab, bytes[start - 1] != newline { start -= 1 }
                var end = index
                while end < bytes.count, bytes[end] != tab, bytes[end] != newline { end += 1 }
                bytes.removeSubrange(start..<end)
            }
        }
    }
}

/// SplitMix64: a tiny, fast generator whose sequence depends only on its seed, on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An index chosen with probability proportional to its weight.
    mutating func pick(weights: [Int]) -> Int {
        var ticket = Int.random(in: 0..<weights.reduce(0, +), using: &self)
        for (index, weight) in weights.enumerated() {
            if ticket < weight { return index }
            ticket -= weight
        }
        return weights.count - 1
    }
}

/// The outcome of a parse on another thread; written once before the semaphore is signalled, read after.
private final class ResultBox: @unchecked Sendable {
    var result: Result<Report, ParseError>?
}
