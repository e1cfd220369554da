"""A workbook as bytes, the same bytes for the same content when asked to be reproducible.

openpyxl stamps the save time into `docProps/core.xml` and every zip entry, so two
runs on the same report differ. With `SOURCE_DATE_EPOCH` set (the reproducible-builds
convention a CI can set), that time is used instead, and the same audit gives a
byte-identical working paper, fix listing, batch summary, corrected copy or extraction. Without it the workbook
carries the real time, as a reviewer expects of a document they hand back.
"""
from __future__ import annotations

import io
import os
import re
import time
import zipfile

LAST_ZIP_TIME = 4354819199  # 2107-12-31 23:59:59 UTC: the last moment a zip entry can say


def source_epoch() -> int | None:
    """`SOURCE_DATE_EPOCH` as a time a workbook can carry; a time past what a zip can say is a configuration
    error named as such (not a `struct.error` at the end of the run)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    if int(epoch) > LAST_ZIP_TIME:
        from audit.errors import ConfigError

        raise ConfigError("bad_epoch", "SOURCE_DATE_EPOCH", None, value=epoch[:20], limit=LAST_ZIP_TIME)
    return int(epoch)


def workbook_bytes(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    epoch = source_epoch()
    if epoch is None:
        return out.getvalue()
    return _stamped(out.getvalue(), epoch)


def _stamped(data: bytes, epoch: int) -> bytes:
    moment = time.gmtime(max(epoch, 315532800))  # a zip cannot say a time before 1980
    iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", moment)
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + iso.encode()
                              + rb"\g<2>", body)
            info = zipfile.ZipInfo(item.filename, date_time=moment[:6])
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, item.external_attr
            zout.writestr(info, body)
    return target.getvalue()
