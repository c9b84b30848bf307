import Foundation
import JuesuanCore
import JuesuanLibPQ
import Logging

/// Brings a database up to the project's schema: numbered migrations, then views.
///
/// Migrations in `sql/migrations/NNNN_name.sql` run once each, in order, each in its
/// own transaction, and are recorded in `fiscal.schema_migration` with a checksum:
/// an applied migration whose file changed is refused (forward-only). Views in
/// `sql/views/<schema>/<name>.sql` are rebuilt only when a definition changed, so a
/// routine load takes no lock on views analysts are reading. Concurrent migrators
/// wait for each other on an advisory lock.
public struct Migrator {
    public let directory: URL
    let logger: Logger

    /// The advisory lock key all migrators share ("juesuan migrate").
    static let lockKey = "7022145633938237"

    public init(directory: URL, logger: Logger = Logger(label: "juesuan.migrator")) {
        self.directory = directory
        self.logger = logger
    }

    /// What a run changed.
    public struct Changes: Sendable, Equatable {
        public var appliedMigrations: [String]
        public var rebuiltViews: Bool
    }

    /// Applies pending migrations and changed views.
    ///
    /// - Throws: `PostgresError` (with the file being applied as context) or `WarehouseError`.
    @discardableResult
    public func migrate(_ connection: Connection) throws -> Changes {
        _ = try connection.execute("select pg_advisory_lock($1)", [Self.lockKey], doing: "waiting for other migrations")
        defer {
            // Unlocking can only fail if the connection is gone, and then the server released the lock already.
            _ = try? connection.execute("select pg_advisory_unlock($1)", [Self.lockKey])
        }
        try connection.executeScript(
            """
            create schema if not exists fiscal;
            create table if not exists fiscal.schema_migration (
                version integer primary key,
                name text not null,
                checksum text not null,
                applied_at timestamptz not null default now()
            );
            create table if not exists fiscal.view_definition (
                view_name text primary key,
                checksum text not null,
                applied_at timestamptz not null default now()
            );
            """, doing: "creating the migration tables")
        let applied = try applyMigrations(connection)
        let rebuilt = try applyViews(connection)
        return Changes(appliedMigrations: applied, rebuiltViews: rebuilt)
    }

    /// How a database stands against this binary's schema, read without writing or locking.
    public enum SchemaState: Sendable, Equatable {
        /// The schema is exactly this binary's.
        case current
        /// No warehouse: `fiscal.schema_migration` does not exist.
        case missing
        /// Migrations of this binary that the database lacks, or views that differ from this binary's.
        case older(pendingMigrations: [String], viewsOutOfDate: Bool)
        /// Migrations the database has that this binary does not know (a newer loader wrote it).
        case newer(unknownMigrations: [String])
    }

    /// Compares the database with this binary's migrations and views, for commands that only read
    /// (they connect as read-only logins, which may not create the migration tables).
    public func state(of connection: Connection) throws -> SchemaState {
        let exists = try connection.execute(
            "select to_regclass('fiscal.schema_migration') is not null and to_regclass('fiscal.view_definition') is not null",
            doing: "looking for the warehouse")
        guard exists.scalar == "t" else { return .missing }
        let done = try connection.execute("select version, name from fiscal.schema_migration", doing: "reading the applied migrations")
        let applied = Dictionary(uniqueKeysWithValues: done.rows.compactMap { row in row[0].flatMap(Int.init).map { ($0, row[1] ?? "") } })
        var known = Set<Int>()
        var pending: [String] = []
        for file in try sqlFiles(in: "migrations") {
            let name = file.lastPathComponent
            guard let version = Int(name.prefix(while: \.isNumber)) else { throw WarehouseError.badMigrationName(name) }
            known.insert(version)
            if applied[version] == nil { pending.append(name) }
        }
        let unknown = applied.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value)
        if !unknown.isEmpty { return .newer(unknownMigrations: unknown) }
        let views = try connection.execute("select view_name || '=' || checksum from fiscal.view_definition", doing: "reading the view definitions")
        let viewsOutOfDate = Set(views.rows.compactMap { $0[0] }) != Set(try viewDefinitions().map { "\($0.name)=\($0.checksum)" })
        return pending.isEmpty && !viewsOutOfDate ? .current : .older(pendingMigrations: pending, viewsOutOfDate: viewsOutOfDate)
    }

    private func applyMigrations(_ connection: Connection) throws -> [String] {
        let done = try connection.execute("select version, checksum from fiscal.schema_migration")
        let checksums = Dictionary(uniqueKeysWithValues: done.rows.compactMap { row in
            row[0].flatMap(Int.init).map { ($0, row[1] ?? "") }
        })
        var applied: [String] = []
        for file in try sqlFiles(in: "migrations") {
            let name = file.lastPathComponent
            guard let version = Int(name.prefix(while: \.isNumber)) else { throw WarehouseError.badMigrationName(name) }
            let sql = try String(contentsOf: file, encoding: .utf8)
            let checksum = SHA256.hex(Data(sql.utf8))
            if let existing = checksums[version] {
                guard existing == checksum else { throw WarehouseError.editedMigration(name: name) }
                continue
            }
            try Self.retryingRoleRaces(sql) {
                try connection.transaction {
                    try connection.executeScript(sql, doing: "applying migration \(name)")
                    _ = try connection.execute(
                        "insert into fiscal.schema_migration (version, name, checksum) values ($1, $2, $3)",
                        [String(version), name, checksum], doing: "recording migration \(name)")
                }
            }
            logger.info("applied migration", metadata: ["migration": "\(name)"])
            applied.append(name)
        }
        return applied
    }

    /// Roles belong to the whole cluster, not to one database, so the migration lock does not keep
    /// two databases' migrations from creating the same role at once (a test run migrates dozens of
    /// databases of one cluster in parallel; a site may migrate two warehouses side by side). The
    /// one that loses sees the role exist and not exist in turn (`create role` fails on the other's
    /// row, or the `grant` after it cannot find it yet). Its transaction is rolled back; run again,
    /// it finds the role committed. Only a migration that names a role is retried, at most twice.
    static func retryingRoleRaces(_ sql: String, _ body: () throws -> Void) throws {
        let races: Set<String> = [
            PostgresError.SQLState.undefinedObject, PostgresError.SQLState.duplicateObject, PostgresError.SQLState.uniqueViolation,
        ]
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as PostgresError where attempt < 3 && races.contains(error.sqlState ?? "") && sql.contains(" role ") {
                attempt += 1
                usleep(useconds_t(100_000 * attempt))  // let the other transaction commit
            }
        }
    }

    /// One view file: its qualified name (the folder is the schema), text and checksum.
    public struct ViewDefinition: Sendable {
        public var name: String
        public var sql: String
        public var checksum: String
        /// The views it reads, from its `-- depends: fiscal.gongkai_cell, …` header lines.
        public var dependencies: [String]
    }

    /// The view files, each after the views its `-- depends:` header names (else in name order).
    ///
    /// - Throws: `WarehouseError` for a dependency on a view that has no file, or a cycle.
    public func viewDefinitions() throws -> [ViewDefinition] {
        var views: [ViewDefinition] = []
        for schema in try subfolders(of: "views") {
            for file in try sqlFiles(in: "views/\(schema)") {
                let sql = try String(contentsOf: file, encoding: .utf8)
                let dependencies = sql.split(separator: "\n").filter { $0.hasPrefix("-- depends:") }.flatMap { line in
                    line.dropFirst("-- depends:".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                }
                views.append(
                    ViewDefinition(
                        name: "\(schema).\(file.deletingPathExtension().lastPathComponent)", sql: sql, checksum: SHA256.hex(Data(sql.utf8)),
                        dependencies: dependencies))
            }
        }
        let names = Set(views.map(\.name))
        for view in views {
            if let unknown = view.dependencies.first(where: { !names.contains($0) }) {
                throw WarehouseError.unknownViewDependency(view: view.name, dependency: unknown)
            }
        }
        var ordered: [ViewDefinition] = []
        var placed = Set<String>()
        while ordered.count < views.count {
            guard let next = views.first(where: { !placed.contains($0.name) && $0.dependencies.allSatisfy(placed.contains) }) else {
                throw WarehouseError.viewDependencyCycle(views.map(\.name).filter { !placed.contains($0) })
            }
            ordered.append(next)
            placed.insert(next.name)
        }
        return ordered
    }

    /// Rebuilds every view when any definition changed: views depend on each other
    /// (gongkai.* on fiscal.gongkai_cell), so they are dropped and created together.
    private func applyViews(_ connection: Connection) throws -> Bool {
        let views = try viewDefinitions()
        let recorded = try connection.execute("select view_name, checksum from fiscal.view_definition")
        let current = Set(recorded.rows.map { "\($0[0] ?? "")=\($0[1] ?? "")" })
        guard current != Set(views.map { "\($0.name)=\($0.checksum)" }) else { return false }

        try connection.transaction {
            let stale = recorded.rows.compactMap { $0[0] } + views.map(\.name)
            for name in stale.reversed() {
                _ = try connection.execute("drop view if exists \(Self.qualifiedName(name)) cascade", doing: "dropping view \(name)")
            }
            _ = try connection.execute("delete from fiscal.view_definition")
            for view in views {
                try connection.executeScript(view.sql, doing: "creating view \(view.name)")
                _ = try connection.execute(
                    "insert into fiscal.view_definition (view_name, checksum) values ($1, $2)", [view.name, view.checksum],
                    doing: "recording view \(view.name)")
            }
            // A dropped view takes its grants with it; give analysts (0005_roles.sql) back their
            // read access in the same transaction, so they never see a view they cannot read.
            _ = try connection.execute(
                """
                do $$
                begin
                    if exists (select from pg_catalog.pg_roles where rolname = 'juesuan_analyst') then
                        grant select on all tables in schema gongkai, fiscal to juesuan_analyst;
                    end if;
                end
                $$
                """, doing: "granting juesuan_analyst read access to the rebuilt views")
        }
        logger.info("rebuilt views", metadata: ["views": "\(views.count)"])
        return true
    }

    /// `schema.name` from a view file path, quoted; names come from our own files, never from input.
    static func qualifiedName(_ name: String) -> String {
        name.split(separator: ".", maxSplits: 1).map { Connection.quoteIdentifier(String($0)) }.joined(separator: ".")
    }

    private func sqlFiles(in folder: String) throws -> [URL] {
        let url = directory.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// View folders in dependency order: `fiscal` (base views) before `gongkai`.
    private func subfolders(of folder: String) throws -> [String] {
        let url = directory.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }
}
