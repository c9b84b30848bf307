import ArgumentParser

@main
struct Juesuan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load 部门决算 reports into a PostgreSQL warehouse.",
        subcommands: [Load.self, Check.self, Status.self, Show.self, Trace.self, Parse.self, Db.self])
}
