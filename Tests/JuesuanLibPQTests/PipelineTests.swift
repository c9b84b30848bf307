import Foundation
import JuesuanTestSupport
import Testing

@testable import JuesuanLibPQ

/// Statements prepared once a session, and pipelines (many statements, one round trip), as the
/// data-quality checks run them.
@Suite struct PipelineTests {
    @Test func aPreparedStatementIsPreparedOnceAndRunWithEachValue() throws {
        try TestCluster.withConnection { connection throws in
            let sql = "select $1::integer * 2"
            #expect(try connection.executePrepared(sql, ["21"]).scalar == "42")
            #expect(try connection.executePrepared(sql, ["5"]).scalar == "10")
            #expect(try connection.executePrepared(sql, [nil]).scalar == nil)
            // One statement on the server, the one this session prepared, under a generated name.
            #expect(
                try connection.execute("select name, statement from pg_prepared_statements").rows == [["juesuan_prepared_1", sql]])
        }
    }

    @Test func aStatementThatFailsToPrepareIsAnErrorAndIsTriedAgain() throws {
        try TestCluster.withConnection { connection throws in
            let sql = "select count(*) from later"
            #expect(throws: PostgresError.self) { try connection.executePrepared(sql) }
            try connection.execute("create table later (x int)")
            #expect(try connection.executePrepared(sql).scalar == "0")
        }
    }

    @Test func aPipelineRunsEveryStatementInOrder() throws {
        try TestCluster.withConnection { connection throws in
            try connection.execute("create table t (id int primary key, value text)")
            let outcomes = try connection.pipeline([
                PipelineStatement("insert into t values ($1, $2)", ["1", "it's"]),
                PipelineStatement("insert into t values ($1, $2)", ["2", nil], prepared: true),
                PipelineStatement("insert into t values ($1, $2)", ["3", "漢字"], prepared: true),
                PipelineStatement("select string_agg(id || '=' || coalesce(value, 'null'), ',' order by id) from t"),
            ])
            #expect(outcomes.count == 4)
            guard case .done(let result) = outcomes[3] else {
                Issue.record("the select did not run: \(outcomes[3])")
                return
            }
            #expect(result.scalar == "1=it's,2=null,3=漢字")
            // The insert was prepared once in the pipeline, and is reused outside it.
            #expect(try connection.execute("select count(*) from pg_prepared_statements").scalar == "1")
            #expect(try connection.executePrepared("insert into t values ($1, $2)", ["4", "x"]).affectedRows == 1)
            #expect(try connection.execute("select count(*) from pg_prepared_statements").scalar == "1")
        }
    }

    @Test func aFailureSkipsTheRestAndASavepointUndoesIt() throws {
        try TestCluster.withConnection { connection throws in
            try connection.execute("create table t (id int primary key)")
            try connection.execute("begin")
            try connection.execute("insert into t values (1)")
            let outcomes = try connection.pipeline([
                PipelineStatement("savepoint step"),
                PipelineStatement("insert into t values ($1)", ["2"]),
                PipelineStatement("insert into t values ($1)", ["1"]),  // a duplicate key
                PipelineStatement("insert into t values ($1)", ["3"]),
                PipelineStatement("release savepoint step"),
            ])
            #expect(outcomes.map(Self.name) == ["done", "done", "failed", "skipped", "skipped"])
            #expect(outcomes[2].error?.sqlState == "23505")
            // The transaction is aborted, as after a failed execute, until the savepoint is restored.
            #expect(throws: PostgresError.self) { try connection.execute("select 1") }
            try connection.execute("rollback to savepoint step")
            try connection.execute("commit")
            #expect(try connection.execute("select string_agg(id::text, ',' order by id) from t").scalar == "1")
            // The connection is out of pipeline mode and runs statements as before.
            #expect(try connection.execute("select 2").scalar == "2")
        }
    }

    @Test func aPreparationThatFailsIsTheStatementsOutcome() throws {
        try TestCluster.withConnection { connection throws in
            let outcomes = try connection.pipeline([
                PipelineStatement("select 1"),
                PipelineStatement("select * from no_such_table where x = $1", ["1"], prepared: true),
                PipelineStatement("select 3"),
            ])
            #expect(outcomes.map(Self.name) == ["done", "failed", "skipped"])
            #expect(outcomes[1].error?.sqlState == "42P01")
            #expect(try connection.execute("select count(*) from pg_prepared_statements").scalar == "0")
        }
    }

    static func name(_ outcome: PipelineOutcome) -> String {
        switch outcome {
        case .done: "done"
        case .failed: "failed"
        case .skipped: "skipped"
        }
    }
}
