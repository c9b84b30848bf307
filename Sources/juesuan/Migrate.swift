import ArgumentParser
import Logging

/// `juesuan migrate`: bring the warehouse's schema, views and checks up to this binary's, and nothing else.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or upgrade the warehouse (migrations and views) without loading a report.",
        discussion: """
            `juesuan load` migrates too; this is for a deployment step that runs before the first load, \
            or a benchmark that times loads alone. Run it as the warehouse's owner.

            Examples:
              juesuan migrate
              juesuan migrate --database-url postgresql://owner@db.example/warehouse
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (_, target) = try database.connectAndMigrate(logger: Logger(label: "juesuan.migrate"))
        print("the warehouse is current: \(Output.shellQuoted(target.conninfo))")
    }
}
