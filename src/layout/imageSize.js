/** Pixel size of a PNG or JPEG, read from its header; undefined if it cannot be read. */
export function imageSize(data) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (data[0] === 0x89 && data[1] === 0x50 && data.length >= 24) {
        return { width: view.getUint32(16), height: view.getUint32(20) };
    }
    if (data[0] === 0xff && data[1] === 0xd8) {
        let offset = 2;
        while (offset + 9 < data.length) {
            if (data[offset] !== 0xff)
                return undefined;
            const marker = data[offset + 1];
            const length = view.getUint16(offset + 2);
            // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
                return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
            }
            offset += 2 + length;
        }
    }
    return undefined;
}
