import ArgumentParser

@main
struct Juesuan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load 部门决算 and 部门预算 reports into a PostgreSQL warehouse.",
        discussion: """
            Without --database-url or DATABASE_URL, an embedded PostgreSQL cluster in ./.juesuan is used.

            Examples:
              juesuan load seeds/*.txt
              juesuan check
              juesuan show gk05 --csv
              juesuan trace gk05 2010301
            """,
        subcommands: [Load.self, Check.self, Review.self, Status.self, Show.self, Trace.self, ReportPage.self, Parse.self, Migrate.self, Db.self])
}
