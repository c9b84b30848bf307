#!/usr/bin/env python3
"""The warehouse as a BI tool that is not ours sees it: psycopg 3, connected as an analyst.

Metabase, Superset and SQLAlchemy's inspector learn a database from the catalog
(information_schema and pg_catalog: views, columns, types, comments) and then read rows
through a driver that maps PostgreSQL types to the language's. This script does the same
against a database that holds the seed report, and checks that what a tool gets is usable:
every gongkai view and column is listed with its comment, amounts arrive as exact
decimal.Decimal (never float), codes as str, ord as int, and the numbers are the seed's.

Usage: JUESUAN_BI_DATABASE_URL='host=... dbname=... user=<member of juesuan_analyst>' \
       python3 Tests/python/bi_client_test.py

Prints one line per failure on stderr and a summary `bi_client: N passed, M failed` on
stdout; exits 0 only when every check passed (2 when it could not run at all).
Run by Tests/JuesuanEndToEndTests/BIClientTests.swift, which loads the seed and makes the role.
"""

import decimal
import os
import sys
import traceback

try:
    import psycopg
    from psycopg.rows import dict_row
except ImportError:
    print('bi_client: psycopg 3 is missing; install it with: python3 -m pip install "psycopg[binary]"', file=sys.stderr)
    sys.exit(2)

D = decimal.Decimal

# The printed 公开 tables; each is a view that starts with document_id, ord.
GONGKAI_VIEWS = [
    "gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk07", "gk08", "gk09",
    "gk10_funds", "gk10_indicators", "gk10_projects",
]

GK05_COLUMNS = [
    "document_id", "ord", "subject_code", "subject_name",
    "expense_total", "basic_expense", "personnel_expense", "public_expense", "project_expense",
]
GK05_AMOUNTS = GK05_COLUMNS[4:]


def connect():
    url = os.environ.get("JUESUAN_BI_DATABASE_URL", "")
    if not url:
        print("bi_client: set JUESUAN_BI_DATABASE_URL to a connection string of an analyst login role", file=sys.stderr)
        sys.exit(2)
    # Autocommit, as BI tools read: no transaction left open between queries.
    return psycopg.connect(url, autocommit=True)


def catalog_views(conn):
    """The views of schema gongkai as SQLAlchemy's get_view_names and Metabase's sync list them."""
    with conn.cursor() as cur:
        cur.execute(
            """
            select c.relname, obj_description(c.oid, 'pg_class')
            from pg_catalog.pg_class as c
            join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
            where n.nspname = 'gongkai' and c.relkind = 'v' and has_table_privilege(c.oid, 'select')
            order by c.relname
            """
        )
        return dict(cur.fetchall())


def catalog_columns(conn, view):
    """Columns in order with type and comment, as information_schema plus col_description give them."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            """
            select col.column_name, col.data_type, col.ordinal_position,
                   col_description(format('%%I.%%I', col.table_schema, col.table_name)::regclass,
                                   col.ordinal_position) as comment
            from information_schema.columns as col
            where col.table_schema = 'gongkai' and col.table_name = %s
            order by col.ordinal_position
            """,
            (view,),
        )
        return cur.fetchall()


def gk05_rows(conn):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute("select * from gongkai.gk05 order by document_id, ord")
        return cur.fetchall()


# --- checks -------------------------------------------------------------------------------


def check_connected_as_analyst(conn):
    with conn.cursor() as cur:
        cur.execute(
            """
            select current_user, r.rolsuper, pg_has_role(current_user, 'juesuan_analyst', 'member')
            from pg_catalog.pg_roles as r where r.rolname = current_user
            """
        )
        user, is_super, is_analyst = cur.fetchone()
    assert not is_super, f"{user} is a superuser; the test must run as a plain analyst"
    assert is_analyst, f"{user} is not a member of juesuan_analyst"


def check_views_are_listed_with_comments(conn):
    views = catalog_views(conn)
    missing = [v for v in GONGKAI_VIEWS if v not in views]
    assert not missing, f"views not visible to the analyst: {missing}"
    blank = [v for v, comment in views.items() if not comment]
    assert not blank, f"views without a comment: {blank}"
    assert views["gk05"].startswith("公开05 一般公共预算财政拨款支出决算表"), views["gk05"]
    assert "“三公”经费" in views["gk09"], views["gk09"]


def check_columns_are_listed_with_comments(conn):
    for view in catalog_views(conn):
        columns = catalog_columns(conn, view)
        names = [c["column_name"] for c in columns]
        # gongkai.printed_cell's columns are fixed by the contract: document_id, table_ord, ….
        first = ["document_id", "table_ord"] if view == "printed_cell" else ["document_id", "ord"]
        assert names[:2] == first, f"{view}: starts with {names[:2]}"
        blank = [c["column_name"] for c in columns if not c["comment"]]
        assert not blank, f"{view}: columns without a comment: {blank}"
    gk02 = {c["column_name"]: c["comment"] for c in catalog_columns(conn, "gk02")}
    assert gk02["fiscal_appropriation"].startswith("财政拨款收入 — "), gk02["fiscal_appropriation"]
    assert "指单位从同级财政部门取得的财政预算资金" in gk02["fiscal_appropriation"], gk02["fiscal_appropriation"]


def check_gk05_catalog_types(conn):
    columns = catalog_columns(conn, "gk05")
    assert [c["column_name"] for c in columns] == GK05_COLUMNS, [c["column_name"] for c in columns]
    types = {c["column_name"]: c["data_type"] for c in columns}
    assert types["document_id"] == "bigint", types
    assert types["ord"] == "integer", types
    assert types["subject_code"] == "text" and types["subject_name"] == "text", types
    for name in GK05_AMOUNTS:
        assert types[name] == "numeric", f"{name} is {types[name]}"


def check_gk05_python_types(conn):
    rows = gk05_rows(conn)
    assert len(rows) == 29, f"{len(rows)} rows"
    assert [r["ord"] for r in rows] == list(range(1, 30)), "ord is not 1 … 29 in order"
    for row in rows:
        assert type(row["document_id"]) is int, repr(row["document_id"])
        assert type(row["ord"]) is int, repr(row["ord"])
        assert row["subject_code"] is None or type(row["subject_code"]) is str, repr(row["subject_code"])
        assert type(row["subject_name"]) is str, repr(row["subject_name"])
        for name in GK05_AMOUNTS:
            value = row[name]
            assert value is None or type(value) is D, f"ord {row['ord']} {name}: {value!r} is {type(value).__name__}"
    # Codes keep their digits as text; amounts keep the printed scale (17714.80, not 17714.8).
    assert [r["subject_code"] for r in rows if r["subject_code"] and len(r["subject_code"]) == 3] == ["201", "208", "210", "221"]
    assert any(type(v) is D for r in rows for v in (r[n] for n in GK05_AMOUNTS)), "no amount at all"


def check_gk05_seed_values(conn):
    rows = gk05_rows(conn)
    total = rows[0]
    assert total["subject_code"] is None and total["subject_name"] == "合计", total
    printed = [str(total[n]) for n in GK05_AMOUNTS]
    assert printed == ["17714.80", "12143.60", "10596.94", "1546.66", "5571.20"], printed
    by_code = {r["subject_code"]: r for r in rows if r["subject_code"]}
    admin = by_code["2010301"]
    assert admin["subject_name"] == "行政运行", admin
    assert admin["expense_total"] == D("6802.30") and str(admin["expense_total"]) == "6802.30", admin
    assert admin["basic_expense"] == D("6802.30"), admin
    assert admin["project_expense"] is None, "a blank printed cell must be NULL"
    # Exact arithmetic: the 类 rows add up to the 合计, to the cent, with no float noise.
    classes = [r for r in rows if r["subject_code"] and len(r["subject_code"]) == 3]
    assert sum(r["expense_total"] for r in classes) == D("17714.80"), sum(r["expense_total"] for r in classes)


def check_parameters_and_read_only(conn):
    # A parameterised filter, as a dashboard question sends it.
    with conn.cursor() as cur:
        cur.execute("select subject_name, project_expense from gongkai.gk05 where subject_code = %s", ("2010302",))
        assert cur.fetchall() == [("一般行政管理事务", D("4009.17"))]
    # The analyst role only reads. The privilege is checked even when no row matches; and
    # should it be granted after all, the delete touches nothing and is rolled back. A login
    # may default to read-only transactions (docker/postgres-init/analyst.sql); the grants are
    # what is tested here, so the transaction asks for read-write.
    try:
        with conn.transaction(force_rollback=True), conn.cursor() as cur:
            cur.execute("set transaction read write")
            cur.execute("delete from fiscal.fact_gongkai_amount where false")
    except psycopg.errors.InsufficientPrivilege:
        pass
    else:
        raise AssertionError("an analyst may delete from fiscal.fact_gongkai_amount")


CHECKS = [
    check_connected_as_analyst,
    check_views_are_listed_with_comments,
    check_columns_are_listed_with_comments,
    check_gk05_catalog_types,
    check_gk05_python_types,
    check_gk05_seed_values,
    check_parameters_and_read_only,
]


def main():
    try:
        conn = connect()
    except psycopg.Error as error:
        print(f"bi_client: cannot connect: {error}", file=sys.stderr)
        return 2
    passed = failed = 0
    with conn:
        for check in CHECKS:
            try:
                check(conn)
                passed += 1
            except Exception as error:  # report every check, not only the first failure
                failed += 1
                print(f"FAIL {check.__name__}: {type(error).__name__}: {error}", file=sys.stderr)
                traceback.print_exc(file=sys.stderr)
    print(f"bi_client: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
