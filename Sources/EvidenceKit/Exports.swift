// The model is part of the library's API: `import EvidenceKit` brings its value types too.
@_exported import EvidenceModel
