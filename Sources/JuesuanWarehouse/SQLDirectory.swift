import Foundation
import JuesuanLibPQ

/// Finds the project's `sql/` folder (migrations and views) at run time.
///
/// SwiftPM bundles resources only from inside a target, and the SQL is kept at
/// the top of the repository where analysts and reviewers find it; so the loader
/// looks for it: the folder the caller names (the CLI's `JUESUAN_SQL_DIR`), then next to or above the executable (a build
/// in `.build/debug`, an install in `/opt/juesuan/bin`), then above the current
/// directory.
public enum SQLDirectory {
    /// The folder holding `migrations/` and `views/`.
    ///
    /// - Throws: `WarehouseError.sqlDirectoryNotFound` naming the places searched.
    public static func locate(explicit: String? = nil) throws -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isSQLDirectory(url) else { throw WarehouseError.sqlDirectoryNotFound(searched: [explicit]) }
            return url
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let starts = [executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var searched: [String] = []
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                for candidate in [folder.appendingPathComponent("sql"), folder.appendingPathComponent("share/juesuan/sql")] {
                    if isSQLDirectory(candidate) { return candidate }
                }
                searched.append(folder.path)
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw WarehouseError.sqlDirectoryNotFound(searched: searched)
    }

    /// Whether a folder looks like the project's SQL: it has `migrations/`.
    public static func isSQLDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("migrations").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}
