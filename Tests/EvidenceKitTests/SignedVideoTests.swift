@testable import EvidenceKit
import MediaBridge
import Testing

/// The pieces of the Signed Video check that the corpus files do not exercise: NAL framing, group starts in
/// pictures cut into slices, TLV lengths and the stored/plain offset mapping.
@Suite struct SignedVideoTests {
    @Test func annexBAndLengthPrefixedFramingFindTheSameUnits() {
        let a: [UInt8] = [0x67, 0x42, 0x00], b: [UInt8] = [0x65, 0x88, 0x80, 0x00]
        let annexB: [UInt8] = [0, 0, 0, 1] + a + [0, 0, 1] + b
        let prefixed: [UInt8] = [0, 0, 0, 3] + a + [0, 0, 0, 4] + b
        func units(_ bytes: [UInt8], _ framing: NALFraming) -> [[UInt8]] {
            bytes.withUnsafeBytes { raw in SignedVideoScanner.nalUnits(raw, framing: framing).map { Array(raw[$0.0..<$0.1]) } }
        }
        // Annex B keeps the zero of a four-byte start code at the end of the unit before; hashing trims it.
        #expect(units(annexB, .annexB).map { Array($0.prefix(3)) } == [a, Array(b.prefix(3))])
        #expect(units(prefixed, .lengthPrefixed(4)) == [a, b])
        // A length running past the packet stops the walk instead of reading beyond it.
        #expect(units([0, 0, 0, 9] + a, .lengthPrefixed(4)).isEmpty)
    }

    /// Slice headers: first_mb_in_slice then slice_type, both Exp-Golomb. ue(0) = 1, ue(5) = 00110, ue(7) = 0001000.
    @Test func onlyTheFirstSliceOfAnIPictureStartsAGroup() {
        #expect(SignedVideoScanner.startsPicture([0x65, 0b1000_1000, 0x00], idr: true))          // IDR, mb 0, slice_type 7
        #expect(SignedVideoScanner.startsPicture([0x41, 0b1000_1000, 0x00], idr: false))         // non-IDR I slice at mb 0
        #expect(!SignedVideoScanner.startsPicture([0x41, 0b1100_0000, 0x00], idr: false))        // P slice (type 0) at mb 0
        #expect(!SignedVideoScanner.startsPicture([0x65, 0b0011_0000, 0b1000_0000], idr: true))  // IDR slice at mb 5: same picture
    }

    @Test func tlvLengthsAreOneByteForGeneralAndCryptoInformationTwoOtherwise() {
        let payload: [UInt8] = [1, 2, 0xAA, 0xBB] + [4, 0, 3, 9, 9, 9] + [7, 1, 0x60] + [0x81, 0, 1, 0x42]
        let items = SignedVideoScanner.tlv(payload[...])
        #expect(items.map(\.tag) == [1, 4, 7, 0x81])
        #expect(items.map { Array($0.value) } == [[0xAA, 0xBB], [9, 9, 9], [0x60], [0x42]])
        #expect(items.map(\.offset) == [0, 4, 10, 13])
    }

    @Test func productInformationAndStoredOffsets() {
        let info: [UInt8] = [1, 4] + Array("N/A".utf8) + [0, 3] + Array("R1".utf8) + [0, 4] + Array("B8A".utf8) + [0]
        #expect(SignedVideoScanner.productInfo(info[...]) == ["firmware": "R1", "serialNumber": "B8A"])
        // 00 00 03 01: the 03 is an emulation-prevention byte, so three plain bytes take four stored ones.
        #expect(SignedVideoScanner.storedLength([0, 0, 3, 1, 5], plainLength: 3) == 4)
        #expect(SignedVideoScanner.storedLength([7, 8, 9], plainLength: 2) == 2)
    }
}
