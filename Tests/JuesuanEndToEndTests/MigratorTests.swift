import Foundation
import JuesuanPostgres
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
