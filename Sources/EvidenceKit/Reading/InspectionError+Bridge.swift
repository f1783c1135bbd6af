import MediaBridge

extension InspectionError {
    static func from(_ error: MediaBridgeError, path: String) -> InspectionError {
        switch error {
        case .digestFailed, .libraryUnavailable:
            // The tool, not the file: OpenSSL failing, FFmpeg or libheif missing from this machine.
            return .internalFault(path: path, reason: error.description)
        default:
            return error.isMissingInput ? .missing(path: path, reason: error.description) : .unreadable(path: path, reason: error.description, partial: nil)
        }
    }
}
