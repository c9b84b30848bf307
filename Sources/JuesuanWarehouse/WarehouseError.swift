import JuesuanLibPQ
/// Failures of the warehouse layer that are not a server error.
public enum WarehouseError: Error, CustomStringConvertible, Equatable {
    case sqlDirectoryNotFound(searched: [String])
    case editedMigration(name: String)
    case badMigrationName(String)
    case unknownViewDependency(view: String, dependency: String)
    case viewDependencyCycle([String])
    case invalidCheck(file: String, reason: String)

    public var description: String {
        switch self {
        case .sqlDirectoryNotFound(let searched):
            "cannot find the sql/ folder (migrations and views); set JUESUAN_SQL_DIR. Searched: \(searched.prefix(4).joined(separator: ", "))"
        case .editedMigration(let name):
            "migration \(name) was changed after it was applied; migrations are forward-only, add a new one instead"
        case .badMigrationName(let name):
            "migration file \(name) does not start with a number (expected NNNN_name.sql)"
        case .unknownViewDependency(let view, let dependency):
            "view \(view) depends on \(dependency), which has no file in sql/views/; expected -- depends: schema.view of an existing view"
        case .viewDependencyCycle(let views):
            "the views \(views.joined(separator: ", ")) depend on each other in a cycle; expected -- depends: headers without a cycle"
        case .invalidCheck(let file, let reason):
            "data-quality check \(file) cannot run: \(reason); expected a query over the document $1 (see sql/checks/README.md)"
        }
    }
}
