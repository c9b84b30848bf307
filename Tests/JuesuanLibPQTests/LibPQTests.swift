import Foundation
import JuesuanTestSupport
import Testing

@testable import JuesuanLibPQ

/// Values that break naive quoting or COPY encoding.
private let trickyValues: [String?] = [
    "plain",
    "",
    nil,
    "it's a 'quote'",
    "\"double\" quotes",
    "back\\slash \\N \\\\ end\\",
    "semi; colon'); drop table t; --",
    "line\nbreak",
    "tab\tseparated\t",
    "carriage\rreturn\r\n",
    "\\.",
    "$1 ? %s {}",
    "ünïcødé ✓ 漢字 🐘",
    "  leading and trailing spaces  ",
]

@Suite struct ExecuteTests {
    @Test func parametersRoundTripExactly() throws {
        try TestCluster.withConnection { connection in
            for value in trickyValues {
                let result = try connection.execute("select $1::text as value", [value])
                #expect(result.columns == ["value"])
                #expect(result.rows == [[value]])
            }
        }
    }

    @Test func parametersRoundTripThroughATable() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (id int primary key, value text)")
            for (id, value) in trickyValues.enumerated() {
                let inserted = try connection.execute("insert into t (id, value) values ($1, $2)", [String(id), value])
                #expect(inserted.affectedRows == 1)
            }
            let result = try connection.execute("select value from t order by id")
            #expect(result.rows == trickyValues.map { [$0] })
            let nulls = try connection.execute("select count(*) from t where value is null")
            #expect(nulls.scalar == "1")
        }
    }

    @Test func nullAndEmptyStringStayDistinct() throws {
        try TestCluster.withConnection { connection in
            let result = try connection.execute("select $1::text is null, $2::text is null, $1::text, $2::text", [nil, ""])
            #expect(result.rows == [["t", "f", nil, ""]])
        }
    }

    @Test func resultsCarryColumnsAndAffectedRows() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int, b numeric(10, 2))")
            let inserted = try connection.execute("insert into t values (1, 1.5), (2, null), (3, 3)")
            #expect(inserted.affectedRows == 3)
            #expect(inserted.commandTag == "INSERT 0 3")
            let updated = try connection.execute("update t set b = b + $1 where a >= $2", ["1", "2"])
            #expect(updated.affectedRows == 2)
            let selected = try connection.execute("select a, b from t order by a")
            #expect(selected.columns == ["a", "b"])
            #expect(selected.rows == [["1", "1.50"], ["2", nil], ["3", "4.00"]])
            #expect(selected.affectedRows == 3)
            #expect(selected.columnIndex("b") == 1)
            let created = try connection.execute("create index on t (a)")
            #expect(created.affectedRows == 0)
            #expect(created.rows.isEmpty)
        }
    }

    @Test func syntaxErrorCarriesSQLStateAndContext() throws {
        try TestCluster.withConnection { connection in
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("selec 1", doing: "checking syntax errors")
            }
            #expect(error.sqlState == "42601")
            #expect(error.doing == "checking syntax errors")
            #expect(error.statement == "selec 1")
            #expect(error.position == 1)
            #expect(error.line == 1)
            #expect(error.description.hasPrefix("checking syntax errors: syntax error at or near \"selec\" (SQLSTATE 42601)"))
            #expect(!error.description.contains("\n"))
            // The connection is still usable after a failed statement.
            #expect(try connection.execute("select 1").scalar == "1")
        }
    }

    @Test func uniqueViolationNamesTheConstraint() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (code text constraint t_code_key unique)")
            try connection.execute("insert into t values ($1)", ["a"])
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("insert into t values ($1)", ["a"], doing: "inserting a duplicate")
            }
            #expect(error.sqlState == "23505")
            #expect(error.constraint == "t_code_key")
            #expect(error.table == "t")
            #expect(error.detail == "Key (code)=(a) already exists.")
            #expect(error.description == "inserting a duplicate: duplicate key value violates unique constraint \"t_code_key\" (SQLSTATE 23505), Key (code)=(a) already exists.")
        }
    }

    @Test func serverContextIsOnOneLine() throws {
        try TestCluster.withConnection { connection in
            try connection.executeScript("""
                create function fail() returns void language plpgsql as $$
                begin
                    raise exception 'first line
                second line' using detail = 'detail one
                detail two';
                end $$;
                """)
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("select fail()")
            }
            #expect(error.sqlState == "P0001")
            #expect(error.message == "first line\nsecond line")
            #expect(error.context?.contains("PL/pgSQL function fail()") == true)
            #expect(error.description.hasPrefix("first line second line (SQLSTATE P0001), detail one detail two, PL/pgSQL function fail() line 3 at RAISE"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func onlyOneStatementPerExecute() throws {
        try TestCluster.withConnection { connection in
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("select 1; select 2")
            }
            #expect(error.sqlState == "42601")
        }
    }

    @Test func nulCharacterInParameterIsRejected() throws {
        try TestCluster.withConnection { connection in
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("select $1::text, $2::text", ["fine", "a\0b"])
            }
            #expect(error.message.contains("$2"))
        }
    }

    @Test func noticesDoNotDisturbResults() throws {
        try TestCluster.withConnection { connection in
            // Both statements send a NOTICE, which goes to the logger instead of stderr.
            try connection.execute("drop table if exists does_not_exist")
            try connection.executeScript("drop table if exists does_not_exist; drop table if exists neither")
            #expect(try connection.execute("select 2").scalar == "2")
        }
    }

    @Test func serverVersionIsReported() throws {
        try TestCluster.withConnection { connection in
            #expect(connection.serverVersion >= 100_000)
            #expect(connection.isConnected)
            let version = try connection.execute("show server_version_num")
            #expect(version.scalar == String(connection.serverVersion))
        }
    }

    @Test func lostConnectionIsReported() throws {
        try TestCluster.withConnection { connection in
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("select pg_terminate_backend(pg_backend_pid())", doing: "ending our own session")
            }
            #expect(error.description.hasPrefix("ending our own session: "))
            #expect(error.description.contains("terminating connection due to administrator command"))
            #expect(!error.description.contains("\n"))
            #expect(!connection.isConnected)
            let next = try #require(throws: PostgresError.self) {
                try connection.execute("select 1")
            }
            #expect(!next.description.isEmpty)
            #expect(!next.description.contains("\n"))
        }
    }

    @Test func executeRefusesCopy() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int)")
            #expect(throws: PostgresError.self) {
                try connection.execute("copy t from stdin")
            }
            #expect(throws: PostgresError.self) {
                try connection.execute("copy t to stdout")
            }
            // The abandoned COPY left the connection idle and the table empty.
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }

    @Test func quoteIdentifierDoublesQuotes() throws {
        #expect(Connection.quoteIdentifier("plain") == "\"plain\"")
        #expect(Connection.quoteIdentifier("we\"ird") == "\"we\"\"ird\"")
        try TestCluster.withConnection { connection in
            let name = "Mixed Case \"quoted\"; table"
            try connection.execute("create table \(Connection.quoteIdentifier(name)) (a int)")
            let found = try connection.execute("select count(*) from pg_class where relname = $1", [name])
            #expect(found.scalar == "1")
        }
    }
}

@Suite struct ScriptTests {
    @Test func runsManyStatements() throws {
        try TestCluster.withConnection { connection in
            try connection.executeScript("""
                -- a migration
                create table a (id int primary key);
                create table b (id int references a);
                insert into a values (1), (2);
                insert into b values (2);
                """)
            #expect(try connection.execute("select count(*) from a").scalar == "2")
            #expect(try connection.execute("select count(*) from b").scalar == "1")
        }
    }

    @Test func failingStatementUndoesTheWholeScriptAndNamesItsLine() throws {
        try TestCluster.withConnection { connection in
            let error = try #require(throws: PostgresError.self) {
                try connection.executeScript("""
                    create table a (id int);
                    insert into a values (1);
                    insert into a values ('not a number');
                    create table b (id int);
                    """, doing: "applying 001_init.sql")
            }
            #expect(error.sqlState == "22P02")
            #expect(error.line == 3)
            #expect(error.statement == "insert into a values ('not a number');")
            #expect(error.description.hasPrefix("applying 001_init.sql: invalid input syntax for type integer"))
            // Without its own BEGIN/COMMIT, a script runs as one transaction.
            let tables = try connection.execute("select count(*) from pg_tables where tablename in ('a', 'b')")
            #expect(tables.scalar == "0")
        }
    }

    @Test func errorLineCountsCharactersNotBytes() throws {
        try TestCluster.withConnection { connection in
            let error = try #require(throws: PostgresError.self) {
                try connection.executeScript("select 'ünïcødé 漢字 🐘';\nselect 'é' || no_such_column;\nselect 3;")
            }
            #expect(error.sqlState == "42703")
            #expect(error.line == 2)
            #expect(error.statement == "select 'é' || no_such_column;")
        }
    }

    @Test func syntaxErrorLineIsFound() throws {
        try TestCluster.withConnection { connection in
            let error = try #require(throws: PostgresError.self) {
                try connection.executeScript("create table a (id int);\n\ncreate tabel b (id int);\n")
            }
            #expect(error.sqlState == "42601")
            #expect(error.line == 3)
            #expect(error.statement == "create tabel b (id int);")
        }
    }
}

@Suite struct CopyTests {
    @Test func trickyValuesRoundTrip() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (id int primary key, value text, other text)")
            let rows = trickyValues.enumerated().map { [String($0.offset), $0.element, $0.element.map { "x" + $0 }] }
            let sent = try connection.copyIn("copy t (id, value, other) from stdin", rows: rows)
            #expect(sent == trickyValues.count)
            let result = try connection.execute("select id, value, other from t order by id")
            #expect(result.rows == rows)
        }
    }

    @Test func largeLazyInputIsSentInChunks() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (id int, label text)")
            let count = 30_000
            // Rows are made on the fly: about 1 MB of COPY text, many 64 KiB chunks.
            let rows = (1...count).lazy.map { number -> [String?] in [String(number), "row \(number)\twith\ttabs\\"] }
            let sent = try connection.copyIn("copy t from stdin", rows: rows, doing: "loading many rows")
            #expect(sent == count)
            let summary = try connection.execute("select count(*), sum(id), count(*) filter (where label = 'row ' || id || E'\\twith\\ttabs\\\\') from t")
            #expect(summary.rows == [[String(count), String(count * (count + 1) / 2), String(count)]])
        }
    }

    @Test func emptyInputCopiesNothing() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int)")
            #expect(try connection.copyIn("copy t from stdin", rows: [[String?]]()) == 0)
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }

    @Test func badValueReportsItsLine() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (label text, amount numeric)")
            var rows: [[String?]] = (1...100).map { ["label \($0)", "\($0).5"] }
            rows[36] = ["bad row", "abc"]  // line 37 of the COPY data
            let error = try #require(throws: PostgresError.self) {
                try connection.copyIn("copy t (label, amount) from stdin", rows: rows, doing: "loading amounts")
            }
            #expect(error.sqlState == "22P02")
            #expect(error.context?.contains("line 37") == true)
            #expect(error.context?.contains("line 37, column amount: \"abc\"") == true)
            #expect(error.doing == "loading amounts")
            #expect(error.statement == "copy t (label, amount) from stdin")
            #expect(error.description.contains("COPY t, line 37"))
            // The failed COPY stored nothing and the connection is usable again.
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }

    @Test func badValueInALaterChunkReportsItsLine() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (n int)")
            let badLine = 50_000
            let rows = (1...60_000).lazy.map { number -> [String?] in number == badLine ? ["x"] : [String(number)] }
            let error = try #require(throws: PostgresError.self) {
                try connection.copyIn("copy t from stdin", rows: rows)
            }
            #expect(error.context?.contains("line \(badLine)") == true)
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }

    @Test func wrongFieldCountIsReported() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a text, b text)")
            let error = try #require(throws: PostgresError.self) {
                try connection.copyIn("copy t from stdin", rows: [["1", "2"], ["only one"]])
            }
            #expect(error.sqlState == "22P04")
            #expect(error.context?.contains("line 2") == true)
        }
    }

    @Test func statementErrorsAndMisuseAreReported() throws {
        try TestCluster.withConnection { connection in
            let missing = try #require(throws: PostgresError.self) {
                try connection.copyIn("copy missing from stdin", rows: [["1"]])
            }
            #expect(missing.sqlState == "42P01")
            try connection.execute("create table t (a int)")
            let notCopy = try #require(throws: PostgresError.self) {
                try connection.copyIn("select 1", rows: [["1"]])
            }
            #expect(notCopy.message.contains("COPY"))
            #expect(throws: PostgresError.self) {
                try connection.copyIn("copy t to stdout", rows: [["1"]])
            }
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }
}

@Suite struct TransactionTests {
    private struct Failure: Error {}

    @Test func commitsWhenBodyReturns() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int)")
            let value = try connection.transaction {
                try connection.execute("insert into t values (1), (2)")
                return 42
            }
            #expect(value == 42)
            #expect(try connection.execute("select count(*) from t").scalar == "2")
        }
    }

    @Test func rollsBackAndRethrowsWhenBodyThrows() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int)")
            #expect(throws: Failure.self) {
                try connection.transaction {
                    try connection.execute("insert into t values (1)")
                    throw Failure()
                }
            }
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }

    @Test func rollsBackOnServerError() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int unique)")
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction {
                    try connection.execute("insert into t values (1)")
                    try connection.execute("insert into t values (1)")
                }
            }
            #expect(error.sqlState == "23505")
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }

    @Test func swallowedErrorStillFailsTheCommit() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int)")
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction {
                    try connection.execute("insert into t values (1)")
                    do {
                        try connection.execute("select 1/0")
                    } catch {
                        // Deliberately ignored: the server has aborted the transaction regardless.
                    }
                }
            }
            #expect(error.sqlState == "25P02")
            #expect(try connection.execute("select count(*) from t").scalar == "0")
        }
    }

    @Test func nestedTransactionRollsBackOnlyItsOwnWork() throws {
        try TestCluster.withConnection { connection in
            try connection.execute("create table t (a int)")
            try connection.transaction {
                try connection.execute("insert into t values (1)")
                #expect(throws: Failure.self) {
                    try connection.transaction {
                        try connection.execute("insert into t values (2)")
                        throw Failure()
                    }
                }
                try connection.transaction {
                    try connection.execute("insert into t values (3)")
                }
            }
            let result = try connection.execute("select a from t order by a")
            #expect(result.rows == [["1"], ["3"]])
        }
    }
}

@Suite struct ConnectTests {
    @Test func missingSocketFailsOnOneLineWithoutThePassword() throws {
        let conninfo = "host=/tmp/no-such-dir-\(UUID().uuidString.prefix(8)) port=5432 user=postgres password=secret dbname=x"
        let error = try #require(throws: PostgresError.self) {
            try Connection(conninfo)
        }
        #expect(error.sqlState == nil)
        #expect(!error.description.contains("secret"))
        #expect(!error.message.contains("secret"))
        #expect(!error.description.contains("\n"))
        #expect(error.description.contains("password=*****"))
        #expect(error.description.contains("No such file or directory"))
    }

    @Test func uriFailureHidesThePassword() throws {
        let error = try #require(throws: PostgresError.self) {
            try Connection("postgresql://postgres:secret@/x?host=/tmp/no-such-dir-\(UUID().uuidString.prefix(8))")
        }
        #expect(!error.description.contains("secret"))
        #expect(!error.description.contains("\n"))
        #expect(error.description.contains("postgresql://postgres:*****@/x"))
    }

    @Test func unreachableHostFailsWithoutThePassword() throws {
        // Port 1 on the loopback address refuses immediately, so no timeout is needed.
        let error = try #require(throws: PostgresError.self) {
            try Connection("host=127.0.0.1 port=1 user=u password='my secret' connect_timeout=5")
        }
        #expect(!error.description.contains("secret"))
        #expect(!error.description.contains("\n"))
        #expect(error.description.contains("127.0.0.1"))
    }

    @Test func malformedConnectionStringHidesThePassword() throws {
        let error = try #require(throws: PostgresError.self) {
            try Connection("host=/tmp password=secret port=notanumber")
        }
        #expect(!error.description.contains("secret"))
        let badPort = try #require(throws: PostgresError.self) {
            try Connection("postgresql://u:secret@localhost:notaport/db")
        }
        #expect(!badPort.description.contains("secret"))
        #expect(badPort.description.contains("notaport"))
    }

    @Test func libpqMessagesAreScrubbedOfPasswords() {
        let message = "invalid value \"s3cr%t\" and \"hunter2\""
        #expect(ConnectionString.scrub(message, secretsOf: "host=x password=hunter2") == "invalid value \"s3cr%t\" and \"*****\"")
        #expect(ConnectionString.scrub(message, secretsOf: "postgresql://u:s3cr%25t@x/db") == "invalid value \"*****\" and \"hunter2\"")
        #expect(ConnectionString.scrub(message, secretsOf: "host=x user=hunter2") == message)
    }

    @Test func wrongDatabaseNameIsAServerMessage() throws {
        let admin = try TestCluster.adminConninfo()
        let conninfo = try ConnectionString.replacingDatabase("no_such_database_\(UUID().uuidString.prefix(8))", in: admin)
        let error = try #require(throws: PostgresError.self) {
            try Connection(conninfo)
        }
        #expect(error.message.contains("does not exist"))
        #expect(!error.description.contains("\n"))
    }
}

@Suite struct CopyEncoderTests {
    @Test func joinsFieldsWithTabsAndEndsWithNewline() {
        #expect(CopyEncoder.encode(["a", "b", "c"]) == "a\tb\tc\n")
        #expect(CopyEncoder.encode(["only"]) == "only\n")
        #expect(CopyEncoder.encode([""]) == "\n")
        #expect(CopyEncoder.encode(["", ""]) == "\t\n")
    }

    @Test func writesNullAsBackslashN() {
        #expect(CopyEncoder.encode([nil]) == "\\N\n")
        #expect(CopyEncoder.encode(["a", nil, ""]) == "a\t\\N\t\n")
        // The text "\N" is not NULL: its backslash is escaped.
        #expect(CopyEncoder.encode(["\\N"]) == "\\\\N\n")
    }

    @Test func escapesSpecialCharacters() {
        #expect(CopyEncoder.encode(["back\\slash"]) == "back\\\\slash\n")
        #expect(CopyEncoder.encode(["a\tb"]) == "a\\tb\n")
        #expect(CopyEncoder.encode(["a\nb"]) == "a\\nb\n")
        #expect(CopyEncoder.encode(["a\rb"]) == "a\\rb\n")
        #expect(CopyEncoder.encode(["a\r\nb"]) == "a\\r\\nb\n")
        #expect(CopyEncoder.encode(["\\."]) == "\\\\.\n")
    }

    @Test func leavesOtherTextAlone() {
        #expect(CopyEncoder.encode(["it's \"fine\"; ok", "ünïcødé 漢字 🐘"]) == "it's \"fine\"; ok\tünïcødé 漢字 🐘\n")
    }

    @Test func appendMatchesEncode() {
        var buffer: [UInt8] = []
        CopyEncoder.append(["a\tb", nil], to: &buffer)
        CopyEncoder.append(["c"], to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == CopyEncoder.encode(["a\tb", nil]) + CopyEncoder.encode(["c"]))
    }
}

@Suite struct ConnectionStringTests {
    @Test func redactsKeywordValuePasswords() {
        #expect(ConnectionString.redacted("host=db password=secret user=me") == "host=db password=***** user=me")
        #expect(ConnectionString.redacted("password=secret") == "password=*****")
        #expect(ConnectionString.redacted("host=db password = 'sec ret\\' x' user=me") == "host=db password = ***** user=me")
        #expect(ConnectionString.redacted("host=db sslpassword=secret") == "host=db sslpassword=*****")
        #expect(ConnectionString.redacted("host=db user=me") == "host=db user=me")
        #expect(ConnectionString.redacted("passwordx=1 mypassword=2") == "passwordx=1 mypassword=2")
    }

    @Test func redactsURIPasswords() {
        #expect(ConnectionString.redacted("postgresql://user:secret@host") == "postgresql://user:*****@host")
        #expect(ConnectionString.redacted("postgres://user:secret@host:5432/db?sslmode=require") == "postgres://user:*****@host:5432/db?sslmode=require")
        #expect(ConnectionString.redacted("postgresql://user:p%40ss@h1,h2/db") == "postgresql://user:*****@h1,h2/db")
        #expect(ConnectionString.redacted("postgresql://user@host/db?password=secret&sslmode=disable") == "postgresql://user@host/db?password=*****&sslmode=disable")
        #expect(ConnectionString.redacted("postgresql://user@host/db") == "postgresql://user@host/db")
        #expect(ConnectionString.redacted("postgresql://host:5432/db") == "postgresql://host:5432/db")
        #expect(ConnectionString.redacted("postgresql://u:pa?ss@host") == "postgresql://u:*****@host")
        #expect(ConnectionString.redacted("postgresql://u:pa/ss@host") == "postgresql://u:*****@host")
        #expect(ConnectionString.redacted("postgresql://host:5432/db?application_name=a@b") == "postgresql://host:5432/db?application_name=a@b")
        // Issue 27, case 6: an unencoded "@" in the password, and a URI without its scheme.
        #expect(ConnectionString.redacted("postgresql://u:SEC@RETPW@host/db") == "postgresql://u:*****@host/db")
        #expect(ConnectionString.redacted("u:SECRETPW@host/db") == "u:*****@host/db")
        #expect(!ConnectionString.scrub("could not translate host name \"RETPW@host\" to address", secretsOf: "postgresql://u:SEC@RETPW@host/db").contains("RETPW"))
    }

    /// Issue 27, case 6, through a real connection attempt: libpq's own message says nothing of the password.
    @Test func aMalformedURLsPasswordIsNotPrinted() {
        for url in ["postgresql://u:SEC@RETPW@nowhere.invalid/db", "u:SECRETPW@nowhere.invalid/db"] {
            do {
                _ = try Connection(url)
                Issue.record("connected to \(url)")
            } catch {
                #expect(!"\(error)".contains("RETPW"), "\(error)")
            }
        }
    }

    @Test func quotesValuesThatNeedIt() {
        #expect(ConnectionString.quote("plain") == "plain")
        #expect(ConnectionString.quote("") == "''")
        #expect(ConnectionString.quote("with space") == "'with space'")
        #expect(ConnectionString.quote("it's \\") == "'it\\'s \\\\'")
        #expect(ConnectionString.make(["host": "/tmp/a b", "port": "5432"]) == "host='/tmp/a b' port=5432")
    }

    @Test func replacesTheDatabaseInBothForms() throws {
        let replaced = try ConnectionString.replacingDatabase("new db", in: "host=/tmp port=5433 dbname=old")
        #expect(replaced.hasSuffix("dbname='new db'"))
        let fromKeywords = try ConnectionString.parse(replaced)
        #expect(Dictionary(fromKeywords.map { ($0.keyword, $0.value) }, uniquingKeysWith: { $1 }) == ["host": "/tmp", "port": "5433", "dbname": "new db"])
        let fromURI = try ConnectionString.parse(ConnectionString.replacingDatabase("other", in: "postgresql://me:pw@localhost:6543/old?sslmode=disable"))
        let values = Dictionary(fromURI.map { ($0.keyword, $0.value) }, uniquingKeysWith: { $1 })
        #expect(values == ["user": "me", "password": "pw", "host": "localhost", "port": "6543", "dbname": "other", "sslmode": "disable"])
    }

    @Test func parseErrorsHideThePassword() {
        let error = #expect(throws: PostgresError.self) {
            try ConnectionString.parse("password=secret oops")
        }
        #expect(error?.description.contains("secret") == false)
    }
}

@Suite struct PostgresErrorTests {
    @Test func describesAllPartsOnOneLine() {
        let error = PostgresError(
            sqlState: "23505",
            message: "duplicate\nkey",
            detail: "Key (a)=(1)\n\talready exists.",
            hint: "not shown",
            context: "COPY t, line 3",
            statement: "insert …",
            doing: "loading t"
        )
        #expect(error.description == "loading t: duplicate key (SQLSTATE 23505), Key (a)=(1) already exists., COPY t, line 3")
    }

    @Test func leavesOutMissingParts() {
        #expect(PostgresError(message: "connection refused").description == "connection refused")
        #expect(PostgresError(message: "m", doing: "c").description == "c: m")
        #expect(PostgresError(sqlState: "42601", message: "m").description == "m (SQLSTATE 42601)")
    }

    @Test func summarizesStatements() {
        #expect(PostgresError.statementSummary("\n\n  select 1\n  from t") == "select 1")
        let long = String(repeating: "x", count: 300)
        #expect(PostgresError.statementSummary(long) == String(repeating: "x", count: 200) + "…")
        #expect(PostgresError.statementSummary("") == nil)
    }
}
