import Foundation
import JuesuanLibPQ

/// Where the warehouse lives: a server named by URL, or the embedded local cluster.
public enum DatabaseTarget: Sendable {
    case url(String)
    /// A cluster of this machine's PostgreSQL kept under a folder (`./.juesuan`).
    case embedded(LocalCluster)

    /// The database the embedded cluster loads into.
    public static let embeddedDatabase = "juesuan"

    /// `--database-url`, else `DATABASE_URL`, else the embedded cluster in `./.juesuan`.
    static func resolve(option: String?, environment: [String: String] = Configuration.environment)
        -> DatabaseTarget
    {
        if let option, !option.isEmpty { return .url(option) }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .url(url) }
        return .embedded(LocalCluster(directory: embeddedDirectory, binDirectory: Configuration.postgresBin))
    }

    /// `./.juesuan` under the current directory.
    public static var embeddedDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".juesuan")
    }

    /// Connects, starting the embedded cluster (and creating its database) when needed.
    ///
    /// - Returns: the connection and the conninfo it used.
    public func connect() throws -> (Connection, conninfo: String) {
        switch self {
        case .url(let url):
            return (try Connection(url), url)
        case .embedded(let cluster):
            try cluster.start()
            let admin = try Connection(cluster.conninfo)
            let exists = { try admin.execute("select 1 from pg_database where datname = $1", [Self.embeddedDatabase]).rows.count == 1 }
            if try !exists() {
                do {
                    _ = try admin.execute(
                        "create database \(Connection.quoteIdentifier(Self.embeddedDatabase))", doing: "creating the embedded database")
                } catch {
                    // A first run started at the same moment may have created it (42P04, or 23505 in the catalog).
                    guard try exists() else { throw error }
                }
            }
            let conninfo = cluster.conninfo(database: Self.embeddedDatabase)
            return (try Connection(conninfo), conninfo)
        }
    }
}
