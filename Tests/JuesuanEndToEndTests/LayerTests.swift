import Foundation
import Testing

/// The layers keep to their parts: the CLI reads and writes the warehouse only through
/// JuesuanWarehouse (`WarehouseReader`, `DocumentLoader`, `LoadRun`), so that no statement is
/// written twice and every query of a command is the library's.
@Suite struct LayerTests {
    /// The Swift files of a folder of the project, by path relative to it.
    static func sources(_ folder: String) throws -> [(path: String, text: String)] {
        let root = Warehouse.root.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil).filter { $0.pathExtension == "swift" }
        return try files.map { ("\(folder)/\($0.lastPathComponent)", try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test func theCommandsHoldNoSQL() throws {
        let files = try Self.sources("Sources/juesuan")
        #expect(files.count > 20)
        // A statement opens a string, on its line or on the first line of a multi-line one.
        let statement = #/(?i)("|"""\s*\n\s*)(select|insert|update|delete|with) /#
        let found = files.flatMap { file in file.text.matches(of: statement).map { "\(file.path): \(file.text[$0.range].prefix(40))" } }
        #expect(found == [])
        // The expression is the one the reader's SQL is found with.
        let reader = try Self.sources("Sources/JuesuanWarehouse").filter { $0.path.hasSuffix("WarehouseReader.swift") }
        #expect(reader.count == 1 && reader[0].text.firstMatch(of: statement) != nil)
    }
}
