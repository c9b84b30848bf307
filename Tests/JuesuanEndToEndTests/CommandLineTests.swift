import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// The built `juesuan` executable, run as a nightly job would run it.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable next to the test bundle (`swift build` puts both in .build/<config>/).
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("juesuan")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Warehouse.root.appendingPathComponent(".build/debug/juesuan")
    }

    static func run(_ arguments: [String]) throws -> Run {
        try run(executable: executable, arguments)
    }

    static func run(executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        process.currentDirectoryURL = Warehouse.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFile(_ contents: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-\(UUID().uuidString).txt").path
        try contents.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func loadsTheSeedAsJSON() throws {
        try Warehouse.with { warehouse in
            let run = try Self.run(["load", Warehouse.seedPath, "--database-url", warehouse.database.conninfo, "--json"])
            #expect(run.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(object["path"] as? String == Warehouse.seedPath)
            #expect(object["outcome"] as? String == "loaded")
            #expect(object["rows"] as? Int == 1406)  // see ReloadTests
            #expect(object["findings"] as? Int == 28)  // see DataQualityTests (13 sums off by rounding, grouped into 5)
            let document = try #require(object["document"] as? [String: Any])
            #expect(document["department"] as? String == "吉林省人民政府办公厅")
            #expect(document["fiscal_year"] as? Int == 2024)
            #expect(run.stdout.split(separator: "\n").count == 1)
        }
    }

    @Test func badFilesFailAloneAndWriteNothing() throws {
        let empty = try Self.temporaryFile(Data())
        let prose = try Self.temporaryFile(Data("2024 年度\n测试厅部门决算\n没有表格的说明。\n".utf8))
        let missing = "/nonexistent/report.txt"
        defer {
            // Leftover temp files harm nothing.
            try? FileManager.default.removeItem(atPath: empty)
            try? FileManager.default.removeItem(atPath: prose)
        }
        try Warehouse.with { warehouse in
            let run = try Self.run(["load", missing, empty, prose, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 1)
            #expect(
                run.stderr.split(separator: "\n") == [
                    "error: \(missing): no such file",
                    "error: \(empty): the file is empty; expected a 部门决算 or 部门预算 report",
                    "error: \(prose): no 公开 table found; expected a title such as 收入支出决算总表 followed by a tab-separated table",
                    "error: 3 of 3 files failed",
                ])
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_gongkai_amount") == ["0"])
            #expect(try warehouse.lines("select outcome, count(*) from fiscal.load_run group by outcome") == ["failed\t3"])
        }
    }

    @Test func aBadFileDoesNotStopTheOthers() throws {
        let bad = try Self.temporaryFile(Data(Self.badAmount.utf8))
        defer { try? FileManager.default.removeItem(atPath: bad) }  // a leftover temp file harms nothing
        try Warehouse.with { warehouse in
            let run = try Self.run(["load", bad, Warehouse.seedPath, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("error: \(bad):9: gk01 收入支出决算总表: expected an amount in column 决算数, found '17321.9I'\n"))
            #expect(run.stdout.hasPrefix("loaded \(Warehouse.seedPath): 吉林省人民政府办公厅 2024 决算"))
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["1"])
        }
    }

    @Test func anUnreachableDatabaseIsOneLineAndExit3() throws {
        let run = try Self.run([
            "load", Warehouse.seedPath, "--database-url", "host=/nonexistent-socket-dir user=loader password=secret dbname=x",
        ])
        #expect(run.status == 3)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.hasPrefix("error: "))
        #expect(!run.stderr.contains("secret"))
    }

    static let badAmount = """
        2024 年度
        测试厅部门决算
        收入支出决算总表
        单位：万元
        收入\t\t\t支出\t\t
        项目\t行次\t决算数\t项目\t行次\t决算数
        栏次\t\t1\t栏次\t\t2
        一、一般公共预算财政拨款收入\t1\t1.00\t一、一般公共服务支出\t14\t1.00
        二、政府性基金预算财政拨款收入\t2\t17321.9I\t\t15\t

        """
}
