"""Digital signatures on approved sheets: the shop's own certificate authority, managers' keys sealed
with their PIN, and PAdES signing with pyHanko. Everything works offline.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, WrongPin

CA_YEARS = 20
SIGNER_YEARS = 10
_SEAL_VERSION = b"BV1"


def _derive(pin: str, salt: bytes) -> bytes:
    # argon2id, as for the PIN hash: a stolen database does not give the key without guessing the PIN slowly.
    return hash_secret_raw(
        pin.encode(), salt, time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, type=Type.ID
    )


def seal(secret: bytes, pin: str) -> bytes:
    """Encrypt with a key derived from the PIN (argon2id + AES-256-GCM). The clear key is never stored."""
    salt, nonce = os.urandom(16), os.urandom(12)
    return _SEAL_VERSION + salt + nonce + AESGCM(_derive(pin, salt)).encrypt(nonce, secret, _SEAL_VERSION)


def unseal(blob: bytes, pin: str) -> bytes:
    if not blob.startswith(_SEAL_VERSION):
        raise ValueError("not a sealed key")
    salt, nonce, body = blob[3:19], blob[19:31], blob[31:]
    try:
        return AESGCM(_derive(pin, salt)).decrypt(nonce, body, _SEAL_VERSION)
    except InvalidTag:
        raise WrongPin(QT_TRANSLATE_NOOP("Errors", "This PIN does not open the signing key.")) from None


@dataclass(frozen=True)
class KeyPair:
    key_pem: bytes  # PKCS#8, unencrypted: only ever in memory
    cert_pem: bytes


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def make_authority(shop: str, now: dt.datetime) -> KeyPair:
    """The shop's own root certificate: it vouches for the managers' signing certificates."""
    key = _new_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{shop} Boutique VIP CA"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, shop),
        ]
    )
    start = now.astimezone(dt.UTC) - dt.timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return KeyPair(_pem(key), cert.public_bytes(serialization.Encoding.PEM))


def issue_signer(authority: KeyPair, person: str, shop: str, now: dt.datetime) -> KeyPair:
    """A manager's signing certificate, issued by the shop's authority."""
    ca_key = serialization.load_pem_private_key(authority.key_pem, None)
    ca_cert = x509.load_pem_x509_certificate(authority.cert_pem)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    key = _new_key()
    start = now.astimezone(dt.UTC) - dt.timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, person),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, shop),
                ]
            )
        )
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * SIGNER_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return KeyPair(_pem(key), cert.public_bytes(serialization.Encoding.PEM))


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
