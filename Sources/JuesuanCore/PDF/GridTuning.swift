/// Every number that tunes how a page's drawn grid is read, in one place.
///
/// The grid rules follow pdfplumber's lattice reading (`find_tables()` with its default
/// settings), so that an independent, widely used reader can check ours cell for cell
/// (`Tests/python/grid_compare.py`); its defaults are named here with their units.
public enum GridTuning {
    /// Points: edges whose positions differ by at most this much are snapped to their mean
    /// (two sides of a thin rectangle, a rule drawn twice). pdfplumber's `snap_tolerance`.
    public static let snapTolerance = 3.0
    /// Points: collinear edges with gaps up to this are joined into one. `join_tolerance`.
    public static let joinTolerance = 3.0
    /// Points: an edge shorter than this after joining draws no cell side. `edge_min_length`.
    public static let edgeMinLength = 3.0
    /// Points: an edge shorter than this is passed over before snapping (a thin rectangle's
    /// short ends). `edge_min_length_prefilter`.
    public static let edgeMinLengthPrefilter = 1.0
    /// Points: a vertical and a horizontal edge this close cross. `intersection_tolerance`.
    public static let intersectionTolerance = 3.0
    /// Points: glyphs whose tops are this close stand on one line of a cell's text.
    /// pdfplumber's `y_tolerance` for text.
    public static let textLineTolerance = 3.0
    /// Points: a gap wider than this between two glyphs of a line starts a new word.
    /// pdfplumber's `x_tolerance`.
    public static let wordGap = 3.0
    /// Fraction of the font size: how far a glyph's box reaches below its baseline. MuPDF's
    /// trace gives the baseline and the size, not the font's descent; 0.12 is typical of the
    /// Song and Fang Song faces these reports use, and places a glyph's centre where
    /// pdfplumber, which reads the font's own descent, places it, to a point or so.
    public static let glyphDescent = -0.12

    /// Fraction of a page's area: a page without text whose images cover this much is a scan.
    public static let imagePageShare = 0.5

    /// Header words (comparison keys) that end the header of a column of numbers that are not
    /// amounts: codes (单位编码, 科目代码), ordinals, line numbers and years (`PrintedTable`); a
    /// header that only begins with one (年度预算申请) heads amounts.
    public static let nonAmountHeaders = ["编码", "代码", "科目编码", "序号", "行次", "栏次", "年度", "年份"]
}

/// The numbers that tune the older reading of a table that draws no grid, from where its words
/// stand (`PDFLayout`, `TableRegion`): the fallback for a table without ruling lines. Points
/// are PDF points; fractions are of the width, pitch or page named.
public enum WordLayoutTuning {
    /// Points: words whose vertical centres are this close share a printed line.
    public static let lineTolerance = 5.5
    /// Points: word extents this close belong to one column.
    public static let columnGap = 2.0
    /// Points: how far a digit word may stand from the CJK baseline it is moved onto (fonts
    /// with broken metrics print amounts a few points off their labels).
    public static let digitBaselineReach = 8.0
    /// Points: a header word centred this close to a column of values names that column.
    public static let headerReach = 25.0
    /// Points: a 栏次 number farther than this from a column of amounts numbers another column.
    public static let columnNumberReach = 120.0
    /// Fraction of the page's width: a page number stands this close to the centre…
    public static let pageNumberCentre = 0.1
    /// …or this close to the right edge.
    public static let pageNumberRight = 0.15
    /// Fraction of a header word's width that must stand over a column for the word to head it.
    public static let headerOverlap = 0.3
    /// Fraction of a word's width over one column that makes it that column's own header.
    public static let ownHeaderOverlap = 0.4
    /// A header centred over two columns is at most this many times the narrower one's width.
    public static let spanningHeaderWidth = 1.5
    /// Fraction of the row pitch within which a line of amounts joins the row above it.
    public static let rowReach = 0.75
    /// Fraction of the row pitch within which a line of text joins a row with room for it.
    public static let textRowReach = 0.55
    /// Fraction of the row pitch within which a short piece of text ends the label above it.
    public static let labelEndReach = 1.05
}
