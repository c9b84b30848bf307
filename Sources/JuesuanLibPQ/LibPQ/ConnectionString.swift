import CLibPQ
import Foundation

/// Helpers for libpq connection strings in both the `key=value` and the `postgresql://` URI form.
public enum ConnectionString {
    /// The text that replaces secrets.
    public static let mask = "*****"

    /// Keywords whose values are secrets; libpq marks exactly these with the display character "*".
    static let secretKeywords: Set<String> = ["password", "sslpassword"]

    /// Returns `conninfo` with passwords masked, so it can be logged or shown in an error.
    ///
    /// `password=secret` becomes `password=*****` and `postgresql://user:secret@host` becomes
    /// `postgresql://user:*****@host`; a `password` URI query parameter is masked too.
    public static func redacted(_ conninfo: String) -> String {
        scan(conninfo).redacted
    }

    /// Quotes a value for a `key=value` connection string if it needs quoting.
    ///
    /// Values that are empty or contain whitespace, quotes or backslashes are wrapped in single
    /// quotes with backslash escapes, as libpq expects.
    public static func quote(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains { $0.isWhitespace || $0 == "'" || $0 == "\\" }
        guard needsQuotes else { return value }
        var quoted = "'"
        for character in value {
            if character == "'" || character == "\\" {
                quoted.append("\\")
            }
            quoted.append(character)
        }
        quoted.append("'")
        return quoted
    }

    /// Builds a `key=value` connection string, quoting values as needed.
    public static func make(_ parameters: KeyValuePairs<String, String>) -> String {
        make(parameters.map { (keyword: $0.key, value: $0.value) })
    }

    /// Builds a `key=value` connection string from an ordered list, quoting values as needed.
    public static func make(_ parameters: [(keyword: String, value: String)]) -> String {
        parameters.map { "\($0.keyword)=\(quote($0.value))" }.joined(separator: " ")
    }

    /// Parses a connection string or URI with libpq, returning only the options it sets, in libpq's order.
    ///
    /// The error, if any, has secrets from `conninfo` masked.
    public static func parse(_ conninfo: String) throws(PostgresError) -> [(keyword: String, value: String)] {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(conninfo, &errorMessage) else {
            let message = errorMessage.map { String(cString: $0) } ?? "out of memory parsing connection string"
            // errorMessage was allocated by libpq and is only set on failure.
            PQfreemem(errorMessage)
            throw PostgresError(
                message: scrub(message, secretsOf: conninfo),
                doing: "parsing connection string \(redacted(conninfo))"
            )
        }
        defer { PQconninfoFree(options) }
        return collect(options)
    }

    /// Returns a `key=value` connection string equal to `conninfo` but connecting to `database`.
    ///
    /// Works for both forms of `conninfo`, which is why it goes through libpq's parser rather than
    /// appending `dbname=…` (which only works for the `key=value` form).
    public static func replacingDatabase(_ database: String, in conninfo: String) throws(PostgresError) -> String {
        var parameters = try parse(conninfo).filter { $0.keyword != "dbname" }
        parameters.append((keyword: "dbname", value: database))
        return make(parameters)
    }

    /// Masks every secret that appears in `conninfo` wherever it occurs in `message`.
    ///
    /// libpq sometimes quotes parts of the connection string in its messages (for example
    /// `invalid integer value "…"`), so its messages are scrubbed before they reach an error.
    static func scrub(_ message: String, secretsOf conninfo: String) -> String {
        var secrets = Set(scan(conninfo).secrets)
        // A string libpq cannot parse has no further secrets to find than the scan found.
        if let options = PQconninfoParse(conninfo, nil) {
            defer { PQconninfoFree(options) }
            secrets.formUnion(collect(options).filter { secretKeywords.contains($0.keyword) }.map(\.value))
        }
        var scrubbed = message
        // Longest first, so that a secret containing another one is masked as a whole.
        for secret in secrets.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            scrubbed = scrubbed.replacing(secret, with: mask)
        }
        return scrubbed
    }

    /// The options libpq found set, from an array that ends with an entry whose keyword is NULL.
    private static func collect(_ options: UnsafeMutablePointer<PQconninfoOption>) -> [(keyword: String, value: String)] {
        var parameters: [(keyword: String, value: String)] = []
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val {
                parameters.append((String(cString: keyword), String(cString: value)))
            }
            option += 1
        }
        return parameters
    }

    // MARK: - Scanning

    /// The redacted text and the secret values found, in both raw and decoded spelling.
    private static func scan(_ conninfo: String) -> (redacted: String, secrets: [String]) {
        let lowered = conninfo.lowercased()
        for prefix in ["postgresql://", "postgres://"] where lowered.hasPrefix(prefix) {
            return scanURI(conninfo, prefixLength: prefix.count)
        }
        // A URI without its scheme (user:password@host/db), which libpq rejects, is still masked.
        if !conninfo.contains("="), conninfo.contains("@") {
            return scanURI(conninfo, prefixLength: 0)
        }
        return scanKeywordValue(conninfo)
    }

    /// Scans `postgresql://user:password@host/db?password=…` URIs.
    private static func scanURI(_ uri: String, prefixLength: Int) -> (redacted: String, secrets: [String]) {
        var secrets: [String] = []
        let prefix = uri.prefix(prefixLength)
        var rest = Substring(uri.dropFirst(prefixLength))
        var output = String(prefix)

        // libpq takes everything up to the first "@" before any "/" as user info. A "/" inside an
        // unencoded password makes the URI malformed, but it is still masked unless the text
        // between ":" and "/" is a port number ("host:5432/db?options=a@b" has no password).
        // The user info is taken to end at the last "@": a password with an unencoded "@"
        // (u:SEC@RET@host) is masked whole, though libpq cuts it at the first. (An "@" in the
        // query of a URI with a password masks more than the password: safe, and rare.)
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            let beforeSlash = userInfo.prefix { $0 != "/" }
            let afterColon = beforeSlash.drop { $0 != ":" }.dropFirst()
            let isUserInfo = beforeSlash.count == userInfo.count || !afterColon.allSatisfy(\.isNumber)
            if isUserInfo, let colon = userInfo.firstIndex(of: ":") {
                let secret = String(userInfo[userInfo.index(after: colon)...])
                secrets.append(secret)
                if let decoded = secret.removingPercentEncoding { secrets.append(decoded) }
                // libpq cuts such a password at its first "@" and takes the rest for the host: its
                // messages then print the pieces.
                secrets += secret.split(separator: "@").map(String.init)
                output += userInfo[...colon] + mask
                rest = rest[at...]
            }
        }

        guard let question = rest.firstIndex(of: "?") else {
            return (output + rest, secrets)
        }
        output += rest[...question]
        let query = rest[rest.index(after: question)...]
        let parameters = query.split(separator: "&", omittingEmptySubsequences: false).map { parameter -> String in
            guard let equals = parameter.firstIndex(of: "=") else { return String(parameter) }
            let key = parameter[..<equals]
            let decodedKey = (String(key).removingPercentEncoding ?? String(key)).lowercased()
            guard secretKeywords.contains(decodedKey) else { return String(parameter) }
            let secret = String(parameter[parameter.index(after: equals)...])
            secrets.append(secret)
            if let decoded = secret.removingPercentEncoding { secrets.append(decoded) }
            return key + "=" + mask
        }
        return (output + parameters.joined(separator: "&"), secrets)
    }

    /// Scans `key = value` strings the way libpq's conninfo parser tokenizes them.
    private static func scanKeywordValue(_ conninfo: String) -> (redacted: String, secrets: [String]) {
        var secrets: [String] = []
        var output = ""
        var index = conninfo.startIndex
        let end = conninfo.endIndex

        func copyWhitespace() {
            while index < end, conninfo[index].isWhitespace {
                output.append(conninfo[index])
                index = conninfo.index(after: index)
            }
        }

        while index < end {
            copyWhitespace()
            guard index < end else { break }
            let keywordStart = index
            while index < end, !conninfo[index].isWhitespace, conninfo[index] != "=" {
                index = conninfo.index(after: index)
            }
            let keyword = conninfo[keywordStart..<index]
            let isSecret = secretKeywords.contains(keyword.lowercased())
            output += keyword
            copyWhitespace()
            guard index < end, conninfo[index] == "=" else {
                // Malformed: libpq will reject it. Mask the remainder if it may hold a password.
                if isSecret, index < end {
                    secrets.append(String(conninfo[index...]).trimmingSpaces())
                    output += mask
                    return (output, secrets)
                }
                continue
            }
            output.append("=")
            index = conninfo.index(after: index)
            copyWhitespace()

            let valueStart = index
            var decoded = ""
            if index < end, conninfo[index] == "'" {
                index = conninfo.index(after: index)
                while index < end, conninfo[index] != "'" {
                    if conninfo[index] == "\\" {
                        index = conninfo.index(after: index)
                        guard index < end else { break }
                    }
                    decoded.append(conninfo[index])
                    index = conninfo.index(after: index)
                }
                if index < end {
                    index = conninfo.index(after: index)  // the closing quote
                }
            } else {
                while index < end, !conninfo[index].isWhitespace {
                    if conninfo[index] == "\\" {
                        index = conninfo.index(after: index)
                        guard index < end else { break }
                    }
                    decoded.append(conninfo[index])
                    index = conninfo.index(after: index)
                }
            }
            let rawValue = conninfo[valueStart..<index]
            if isSecret {
                secrets.append(String(rawValue))
                secrets.append(decoded)
                output += mask
            } else {
                output += rawValue
            }
        }
        return (output, secrets)
    }
}
