import Foundation
import JuesuanLibPQ
import JuesuanTestSupport
import JuesuanWarehouse
import Testing

/// What a nightly job hands `juesuan load`: folders of a province's year, lists of files, first
/// runs on a fresh machine, and a history that survives a crash.
@Suite struct LoadInputTests {
    /// A folder of its own, removed afterwards.
    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = URL(fileURLWithPath: "/tmp/juesuan-in-\(UUID().uuidString.prefix(8).lowercased())", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a leftover temp folder harms nothing
        return try body(folder)
    }

    /// Nested folders: the seed, another department's report two levels down, and two files that are not reports.
    static func writeReports(into folder: URL) throws {
        let nested = folder.appendingPathComponent("2024/吉林")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Warehouse.seedPath), to: folder.appendingPathComponent("a.txt"))
        try SeedVariant.renamingDepartment(to: "吉林省测试厅").write(to: nested.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "readme: the reports of 2024".write(to: nested.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: folder.appendingPathComponent("logo.png"))
    }

    @Test func aDirectoryLoadsEveryReportUnderItAndPassesOverTheRest() throws {
        try Self.withFolder { folder in
            try Self.writeReports(into: folder)
            try Warehouse.with { warehouse in
                let run = try CommandLineTests.run(["load", folder.path, "--database-url", warehouse.database.conninfo])
                #expect(run.status == 0, "\(run.stderr)")
                let loaded = run.stdout.split(separator: "\n").filter { $0.hasPrefix("loaded ") }.map { $0.prefix { $0 != ":" } }
                #expect(loaded == ["loaded \(folder.path)/2024/吉林/b.txt", "loaded \(folder.path)/a.txt"])
                #expect(run.stderr == "note: \(folder.path): passed over 2 files that are not a report (not a PDF, no 决算 or 预算 in the text)\n")
                #expect(try warehouse.lines("select department from fiscal.dim_document order by 1") == ["吉林省人民政府办公厅", "吉林省测试厅"])
            }
        }
    }

    @Test func aListOfFilesFromAFileOrStandardInput() throws {
        try Self.withFolder { folder in
            try Self.writeReports(into: folder)
            let list = folder.appendingPathComponent("list.txt")
            try "\(folder.path)/a.txt\n\n\(folder.path)/2024/吉林/b.txt\n".write(to: list, atomically: true, encoding: .utf8)
            try Warehouse.with { warehouse in
                let run = try CommandLineTests.run(["load", "--files-from", list.path, "--database-url", warehouse.database.conninfo])
                #expect(run.status == 0, "\(run.stderr)")
                #expect(run.stdout.split(separator: "\n").filter { $0.hasPrefix("loaded ") }.count == 2)
                // The same list on standard input: both files are unchanged now.
                let process = Process()
                process.executableURL = CommandLineTests.executable
                process.arguments = ["load", "--files-from", "-", "--database-url", warehouse.database.conninfo]
                let input = Pipe()
                let output = Pipe()
                process.standardInput = input
                process.standardOutput = output
                process.standardError = FileHandle.nullDevice
                try process.run()
                input.fileHandleForWriting.write(try Data(contentsOf: list))
                try input.fileHandleForWriting.close()
                let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                #expect(printed.split(separator: "\n").filter { $0.hasPrefix("unchanged ") }.count == 2)
            }
        }
    }

    @Test func twoFirstRunsOnAFreshDirectoryShareTheEmbeddedCluster() throws {
        try Self.withFolder { folder in
            // No --database-url and no DATABASE_URL: each starts ./.juesuan if it is not running.
            let environment = ["DATABASE_URL": ""]
            let first = try LoaderProcess(["load", Warehouse.seedPath], environment: environment, directory: folder)
            let second = try LoaderProcess(["load", Warehouse.seedPath], environment: environment, directory: folder)
            defer {
                // Stopping the cluster of this folder; it is deleted with the folder.
                _ = try? LoaderProcess(["db", "stop"], environment: environment, directory: folder).wait()
            }
            #expect(try first.wait() == 0, "\(first.stderr)")
            #expect(try second.wait() == 0, "\(second.stderr)")
            let outcomes = [first.stdout, second.stdout].map { $0.prefix { $0 != " " } }.sorted()
            #expect(outcomes == ["loaded", "unchanged"])
        }
    }

    /// Issue 27, case 4: a first run killed during initdb leaves no initdb running and no
    /// half-made cluster; the next run creates the cluster and loads.
    @Test func aFirstRunKilledDuringInitdbLeavesNothingHalfMade() throws {
        try Self.withFolder { folder in
            let environment = ["DATABASE_URL": ""]
            let building = folder.appendingPathComponent(".juesuan/data.initdb")
            let loader = try LoaderProcess(["load", Warehouse.seedPath], environment: environment, directory: folder)
            try Poll.until(timeout: 60, "initdb to start writing") { FileManager.default.fileExists(atPath: building.appendingPathComponent("base").path) }
            loader.killHard()
            // initdb dies with the loader.
            try Poll.until(timeout: 10, "initdb to end") { try !Self.processes().contains { $0.contains(building.path) } }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".juesuan/data/PG_VERSION").path))
            let rerun = try LoaderProcess(["load", Warehouse.seedPath], environment: environment, directory: folder)
            defer { _ = try? LoaderProcess(["db", "stop"], environment: environment, directory: folder).wait() }
            #expect(try rerun.wait() == 0, "\(rerun.stderr)")
            #expect(rerun.stdout.hasPrefix("loaded "))
        }
    }

    /// The command lines of the running processes.
    static func processes() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { $0.allSatisfy(\.isNumber) }.compactMap { pid in
            (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))).map { String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\0", with: " ") }
        }
    }

    @Test func aLoadKilledAfterItsCommitKeepsItsLoadRun() throws {
        try Warehouse.with { warehouse in
            let loader = try LoaderProcess(
                ["load", Warehouse.seedPath, "--database-url", warehouse.database.conninfo],
                environment: ["JUESUAN_TEST_PAUSE_AFTER_COMMIT": "30"])
            try Poll.until(timeout: 60, "the load to commit") {
                try warehouse.lines("select count(*) from fiscal.dim_document") == ["1"]
            }
            #expect(loader.isRunning)
            loader.killHard()
            #expect(
                try warehouse.lines("select r.outcome, r.document_id = d.document_id from fiscal.load_run as r, fiscal.dim_document as d")
                    == ["loaded\tt"])
        }
    }
}
