import JuesuanCore
import JuesuanLibPQ

extension DocumentLoader {
    /// Writes every figure the narrative states by COPY.
    ///
    /// - Returns: the number of fact rows written.
    func loadNarrativeFigures(_ report: Report, documentID: Int64) throws -> Int {
        let document = String(documentID)
        let rows: [[String?]] = report.narrativeFigures.map { figure in
            [
                document, String(figure.ord), figure.section, figure.item.map(String.init), figure.subject, figure.context, figure.value?.sqlText, figure.unit,
                figure.changeWord, figure.change?.sqlText, figure.rateWord, figure.rate?.sqlText, figure.isFlat ? "t" : "f",
                figure.share?.sqlText, figure.shareOf, figure.completion?.sqlText, figure.statement, String(figure.location.line),
            ]
        }
        return try connection.copyIn(
            """
            copy fiscal.fact_narrative_figure (document_id, ord, section, item, subject, context, value, unit, change_word, change,
                rate_word, rate, is_flat, share, share_of, completion, statement, source_line) from stdin
            """, rows: rows, doing: "copying the narrative's figures")
    }
}
