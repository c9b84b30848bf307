import Foundation
import JuesuanLibPQ
import JuesuanTestSupport
import JuesuanWarehouse
import Testing

/// Migrations run once and are forward-only; views are rebuilt only when changed.
@Suite struct MigratorTests {
    @Test func aSecondRunChangesNothing() throws {
        try TestCluster.withDatabase { database in
            let connection = try Connection(database.conninfo)
            let migrator = Migrator(directory: Warehouse.sqlDirectory)
            let first = try migrator.migrate(connection)
            // Every migration file, in order; listed from the folder so that a new migration needs no edit here.
            let files = try FileManager.default.contentsOfDirectory(
                atPath: Warehouse.sqlDirectory.appendingPathComponent("migrations").path
            ).filter { $0.hasSuffix(".sql") }.sorted()
            #expect(first.appliedMigrations == files)
            #expect(first.appliedMigrations.starts(with: ["0001_dimensions.sql", "0002_fact_gongkai_amount.sql", "0003_projects.sql"]))
            #expect(first.appliedMigrations.contains("0005_roles.sql"))
            #expect(first.rebuiltViews)
            let second = try migrator.migrate(connection)
            #expect(second.appliedMigrations.isEmpty)
            #expect(!second.rebuiltViews)
        }
    }

    @Test func anEditedMigrationIsRefusedAndAChangedViewRebuilt() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sql-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Warehouse.sqlDirectory, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }  // a leftover temp folder harms nothing
        try TestCluster.withDatabase { database in
            let connection = try Connection(database.conninfo)
            try Migrator(directory: copy).migrate(connection)

            let view = copy.appendingPathComponent("views/gongkai/gk09.sql")
            try (try String(contentsOf: view, encoding: .utf8) + "\n-- changed\n").write(to: view, atomically: true, encoding: .utf8)
            #expect(try Migrator(directory: copy).migrate(connection).rebuiltViews)

            let migration = copy.appendingPathComponent("migrations/0001_dimensions.sql")
            try (try String(contentsOf: migration, encoding: .utf8) + "\n-- edited\n").write(to: migration, atomically: true, encoding: .utf8)
            #expect(throws: WarehouseError.editedMigration(name: "0001_dimensions.sql")) {
                try Migrator(directory: copy).migrate(connection)
            }
        }
    }
}

/// Views are created after the views their `-- depends:` header names, whatever their names.
@Suite struct ViewDependencyTests {
    /// A sql/ folder of its own: one migration and the given views (file path → text).
    static func folder(views: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sql-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("migrations"), withIntermediateDirectories: true)
        try "create schema if not exists gongkai;\ncreate table fiscal.t (a integer);\n"
            .write(to: root.appendingPathComponent("migrations/0001_t.sql"), atomically: true, encoding: .utf8)
        for (path, sql) in views {
            let file = root.appendingPathComponent("views/\(path)")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try sql.write(to: file, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func aViewIsCreatedAfterTheViewItDependsOn() throws {
        // a_first reads z_last: in name order it would come first and fail.
        let root = try Self.folder(views: [
            "gongkai/a_first.sql": "-- depends: gongkai.z_last\ncreate view gongkai.a_first as select a from gongkai.z_last;\n",
            "gongkai/z_last.sql": "create view gongkai.z_last as select a from fiscal.t;\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }  // a leftover temp folder harms nothing
        #expect(try Migrator(directory: root).viewDefinitions().map(\.name) == ["gongkai.z_last", "gongkai.a_first"])
        try TestCluster.withDatabase { database in
            let connection = try Connection(database.conninfo)
            #expect(try Migrator(directory: root).migrate(connection).rebuiltViews)
            #expect(try connection.execute("select count(*) from gongkai.a_first").scalar == "0")
        }
    }

    @Test func anUnknownDependencyOrACycleIsRefused() throws {
        let unknown = try Self.folder(views: ["gongkai/a.sql": "-- depends: gongkai.missing\ncreate view gongkai.a as select 1;\n"])
        let cycle = try Self.folder(views: [
            "gongkai/a.sql": "-- depends: gongkai.b\ncreate view gongkai.a as select 1;\n",
            "gongkai/b.sql": "-- depends: gongkai.a\ncreate view gongkai.b as select 1;\n",
        ])
        defer {
            // Leftover temp folders harm nothing.
            try? FileManager.default.removeItem(at: unknown)
            try? FileManager.default.removeItem(at: cycle)
        }
        #expect(throws: WarehouseError.unknownViewDependency(view: "gongkai.a", dependency: "gongkai.missing")) {
            try Migrator(directory: unknown).viewDefinitions()
        }
        #expect(throws: WarehouseError.viewDependencyCycle(["gongkai.a", "gongkai.b"])) { try Migrator(directory: cycle).viewDefinitions() }
    }
}
