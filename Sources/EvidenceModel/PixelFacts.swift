/// What the pixel checks found in a photo, as values.

/// Rectangles of a decoded picture that is one flat brightness: 8×8 blocks whose samples
/// all lie within `blockTolerance` of each other and whose means agree with the first block found to
/// within `meanTolerance`, joined side by side, filling at least `minimumFill` of their bounding box,
/// with a step to something else all round (`minimumEdge`).
///
/// A camera sensor never records an area without noise, and phone pipelines keep some texture even in
/// skies and walls (the largest such region in the corpus camera originals fills a third of its box
/// at most); software paints flat fills (redaction boxes, a rectangle over a plate).
public struct UniformRegion: Sendable, Codable, Equatable {
    /// Bounding box in picture pixels (as stored, before EXIF orientation): x, y, width, height.
    public var box: [Int]
    /// Flat blocks inside it, and their share of all the picture's 8×8 blocks.
    public var blocks: Int
    public var share: Double
    /// Flat blocks ÷ blocks in the bounding box.
    public var fill: Double
    /// Mean brightness (0–255).
    public var luma: Int
    /// Share of the blocks bordering the box (inside the picture) that are textured or differ from the
    /// fill by 6 levels or more: a step all round, as a painted box has.
    public var edge: Double
    public var imageWidth: Int
    public var imageHeight: Int

    public init(box: [Int], blocks: Int, share: Double, fill: Double, luma: Int, edge: Double, imageWidth: Int, imageHeight: Int) {
        self.box = box
        self.blocks = blocks
        self.share = share
        self.fill = fill
        self.luma = luma
        self.edge = edge
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
    }
}

/// How the EXIF thumbnail compares with the main picture: both decoded, the main picture averaged down
/// to the thumbnail's size, brightness normalised, and the absolute difference averaged over a grid of
/// cells. A camera makes the thumbnail from the same capture, so the cells differ only by scaling and
/// compression noise; a crop changes every cell, a painted or pasted region changes a block of cells.
public struct ThumbnailComparison: Sendable, Codable, Equatable {
    /// Where the thumbnail JPEG starts in the file, and its pixel size.
    public var thumbnailOffset: Int64
    public var thumbnailWidth: Int
    public var thumbnailHeight: Int
    /// The part of the thumbnail that carries picture (letterbox bars trimmed): x, y, width, height.
    public var contentBox: [Int]
    public var imageWidth: Int
    public var imageHeight: Int
    /// PDQ distance between the thumbnail and the main picture, both as stored.
    public var pdqDistance: Int
    /// Grid columns and rows.
    public var grid: [Int]
    /// Median cell difference at the thumbnail's resolution, and the largest cell difference with both
    /// pictures averaged 2×2 (the local test), in standard deviations of brightness.
    public var medianCellDifference: Double
    public var maxCellDifference: Double
    /// Median cell difference with both pictures averaged 2×2, as in the local test: a thumbnail that software
    /// scaled without filtering aliases fine detail at its own resolution, which is not a different picture.
    public var medianAveragedDifference: Double? = nil
    /// Cells whose difference exceeds both three times the median and `ThumbnailComparer.cellLimit`.
    public var differingCells: Int
    /// Bounding box of those cells in main-picture pixels: x, y, width, height.
    public var differingRegion: [Int]?
    /// The edge of the picture the thumbnail leaves out ("left", "right", "top", "bottom"), when it lacks a strip
    /// under one 16-pixel block wide there (a lossless rotation trimmed its partial block) and was compared so.
    public var trimmedEdge: String? = nil

    public init(thumbnailOffset: Int64, thumbnailWidth: Int, thumbnailHeight: Int, contentBox: [Int], imageWidth: Int, imageHeight: Int, pdqDistance: Int, grid: [Int], medianCellDifference: Double, maxCellDifference: Double, medianAveragedDifference: Double? = nil, differingCells: Int, differingRegion: [Int]? = nil) {
        self.thumbnailOffset = thumbnailOffset
        self.thumbnailWidth = thumbnailWidth
        self.thumbnailHeight = thumbnailHeight
        self.contentBox = contentBox
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.pdqDistance = pdqDistance
        self.grid = grid
        self.medianCellDifference = medianCellDifference
        self.maxCellDifference = maxCellDifference
        self.medianAveragedDifference = medianAveragedDifference
        self.differingCells = differingCells
        self.differingRegion = differingRegion
    }
}
