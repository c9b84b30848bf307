import Foundation
import Testing

/// Every page of every corpus PDF read twice: by `juesuan parse --grid --json` and by pdfplumber's
/// `find_tables()` / `extract()` (PyPI; `.ci/run` installs it), an independent reader of the same
/// drawn grid. `Tests/python/grid_compare.py` compares tables, rows, columns and cell texts (white
/// space removed); `Tests/python/grid_known_differences.tsv` lists, cell by cell, the differences
/// where our reading is the right one, each with its reason.
@Suite struct GridComparisonTests {
    static let corpus = Warehouse.reports

    @Test func everyCorpusPageReadsAsPdfplumberReadsIt() throws {
        let pdfs = try FileManager.default.subpathsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count == 13)
        let run = try BIClientTests.runPython(
            [
                Warehouse.root.appendingPathComponent("Tests/python/grid_compare.py").path, CommandLineTests.executable.path,
            ] + pdfs.map { Self.corpus.appendingPathComponent($0).path } + [
                "--known", Warehouse.root.appendingPathComponent("Tests/python/grid_known_differences.tsv").path,
            ],
            environment: [:])
        #expect(run.status == 0, "stdout:\n\(run.stdout)\nstderr:\n\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").last == "13 passed, 0 failed", "stdout:\n\(run.stdout)")
    }
}
