import ArgumentParser
import Foundation
import JuesuanLibPQ
import JuesuanWarehouse

/// `juesuan db`: manage the embedded local PostgreSQL cluster in ./.juesuan.
struct Db: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start, stop or locate the embedded PostgreSQL cluster kept in ./.juesuan.",
        discussion: "Examples:\n  juesuan db start\n  juesuan db status\n  juesuan db stop",
        subcommands: [Start.self, Stop.self, Status.self])

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start the embedded cluster (creating it on first use) and print its psql command.",
            discussion: "Example:\n  juesuan db start")

        func run() throws {
            let target = DatabaseTarget.embedded(LocalCluster(directory: DatabaseTarget.embeddedDirectory, binDirectory: Configuration.postgresBin))
            let (_, conninfo) = try target.connect()
            print("psql \(Output.shellQuoted(conninfo))")
        }
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop the embedded cluster; its data stays in ./.juesuan.", discussion: "Example:\n  juesuan db stop")

        func run() throws {
            let cluster = LocalCluster(directory: DatabaseTarget.embeddedDirectory, binDirectory: Configuration.postgresBin)
            guard cluster.isRunning else {
                print("the embedded cluster in \(cluster.directory.path) is not running")
                return
            }
            try cluster.stop()
            print("stopped the embedded cluster in \(cluster.directory.path)")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say whether the embedded cluster runs, and how to open it.", discussion: "Example:\n  juesuan db status")

        func run() throws {
            let cluster = LocalCluster(directory: DatabaseTarget.embeddedDirectory, binDirectory: Configuration.postgresBin)
            if cluster.isRunning {
                print("running: psql \(Output.shellQuoted(cluster.conninfo(database: DatabaseTarget.embeddedDatabase)))")
            } else {
                print("not running (data in \(cluster.directory.path)); start it with: juesuan db start")
            }
        }
    }
}
