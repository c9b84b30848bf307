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
            try cluster.createDatabase(Self.embeddedDatabase)
            let conninfo = cluster.conninfo(database: Self.embeddedDatabase)
            return (try Connection(conninfo), conninfo)
        }
    }
}
