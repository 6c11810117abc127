"""Digital signatures on approved sheets: PAdES signing and checking with pyHanko, offline. The keys are made
and kept by ``services.signing_keys``; a sheet is signed with a key pair handed in."""

from __future__ import annotations

import io
from dataclasses import dataclass


@dataclass(frozen=True)
class KeyPair:
    key_pem: bytes  # PKCS#8, unencrypted: only ever in memory
    cert_pem: bytes


def sign_pdf(
    pdf: bytes, signer: KeyPair, authority_cert_pem: bytes, name: str, reason: str, location: str
) -> bytes:
    """Add a PAdES signature; any later change to the file breaks it (pdfsig, Acrobat and pyHanko see that)."""
    from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = next(iter(load_certs_from_pemder_data(signer.cert_pem)))
    ca = next(iter(load_certs_from_pemder_data(authority_cert_pem)))
    key = load_private_key_from_pemder_data(signer.key_pem, passphrase=None)
    pdf_signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([ca]),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name="ManagerApproval",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=name,
        reason=reason,
        location=location,
    )
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=pdf_signer)
    return out.getvalue()  # type: ignore[no-any-return]


def signature_problem(pdf: bytes, trusted_pems: list[bytes]) -> str | None:
    """Why this sheet's signature cannot be trusted, or None when it is whole: signed, unchanged since (the
    signature covers the entire file), by a certificate one of ``trusted_pems`` (the shop's authorities) issued.
    The reason is plain English for ``check``'s report."""
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except (PdfError, ValueError, KeyError):
        return "not a readable PDF"
    if not signatures:
        return "not signed"
    roots = [cert for pem in trusted_pems for cert in load_certs_from_pemder_data(pem)]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(signatures[-1], context)
    except Exception as exc:  # any failure to validate is a finding to report, never a crash
        return f"the signature cannot be checked ({type(exc).__name__})"
    if not (status.intact and status.valid):
        return "the signature does not match the file"
    if status.coverage is not SignatureCoverageLevel.ENTIRE_FILE:
        return "the file was changed after it was signed"
    if not status.trusted:
        return "signed with a certificate the shop's authority did not issue"
    return None
