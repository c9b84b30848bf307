import CLibPQ

extension Connection {
    /// Runs `body` in a transaction: commits if it returns, rolls back if it throws and rethrows that error.
    ///
    /// Called inside another transaction, it uses a savepoint instead, so an inner failure undoes
    /// only the inner work. If a statement failed inside `body` but `body` swallowed the error, the
    /// server has already aborted the transaction; the commit then rolls back and this throws.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let savepoint: String?
        if PQtransactionStatus(handle) == PQTRANS_IDLE {
            savepoint = nil
            try execute("begin", doing: "beginning a transaction")
        } else {
            savepointCounter += 1
            // The name is generated here, never taken from a caller, so it is safe in the SQL text.
            let name = "nested_transaction_\(savepointCounter)"
            savepoint = name
            try execute("savepoint \(name)", doing: "beginning a nested transaction")
        }

        let value: T
        do {
            value = try body()
        } catch {
            rollBack(to: savepoint)
            throw error
        }

        if let savepoint {
            try execute("release savepoint \(savepoint)", doing: "committing a nested transaction")
        } else {
            let result = try execute("commit", doing: "committing a transaction")
            // COMMIT of an aborted transaction is not an error in PostgreSQL; it answers ROLLBACK.
            if result.commandTag == "ROLLBACK" {
                throw PostgresError(
                    sqlState: PostgresError.SQLState.inFailedSQLTransaction,
                    message: "the transaction was rolled back because a statement in it failed",
                    statement: "commit",
                    doing: "committing a transaction"
                )
            }
        }
        return value
    }

    /// Rolls back the transaction or savepoint after `body` threw.
    ///
    /// A failure here is only logged: the caller needs the error that caused the rollback, and
    /// a broken connection ends the transaction on the server anyway.
    private func rollBack(to savepoint: String?) {
        do {
            if let savepoint {
                try execute("rollback to savepoint \(savepoint)", doing: "rolling back a nested transaction")
                try execute("release savepoint \(savepoint)", doing: "rolling back a nested transaction")
            } else {
                try execute("rollback", doing: "rolling back a transaction")
            }
        } catch {
            logger.warning("rollback failed", metadata: ["error": "\(error)"])
        }
    }
}
