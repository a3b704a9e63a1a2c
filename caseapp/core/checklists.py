"""Document checklists: what to collect for each case type (subcode).

A new case starts from ``template_for(subcode)``; each item then carries one
of ``ITEM_STATUSES``. Templates are starting points a paralegal edits, not
legal advice, so they list what offices commonly gather, not every document
a particular case may need. Item keys are stored with the case: never rename
one, add a new key instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from caseapp.core.case_codes import CHECKLIST_STATUSES, SUBCODES, parse_subcode


@dataclass(frozen=True, slots=True)
class ChecklistTemplateItem:
    """One document to collect, labelled for the English and Spanish screens."""

    key: str
    label_en: str
    label_es: str


def _item(key: str, label_en: str, label_es: str) -> ChecklistTemplateItem:
    return ChecklistTemplateItem(key, label_en, label_es)


# Stored with each checklist item; defined beside the other vocabularies.
ITEM_STATUSES = CHECKLIST_STATUSES

# Items several case types share, so one wording is used everywhere.
_PASSPORT_ID = _item(
    "passport_or_id",
    "Passport or national ID",
    "Pasaporte o documento nacional de identidad",
)
_BIRTH_CERTIFICATE = _item("birth_certificate", "Birth certificate", "Acta de nacimiento")
_I94 = _item("i94_entry_record", "I-94 or other record of entry", "I-94 u otro registro de entrada")
_PHOTOS = _item("passport_photos", "Passport-style photos", "Fotos tamaño pasaporte")
_TRANSLATIONS = _item(
    "translations",
    "Certified English translations of foreign-language documents",
    "Traducciones certificadas al inglés de documentos en otro idioma",
)
_DECLARATION = _item(
    "declaration", "Client's signed declaration", "Declaración firmada del cliente"
)
_CRIMINAL_RECORDS = _item(
    "criminal_records",
    "Arrest records and certified court dispositions, if any",
    "Registros de arrestos y disposiciones judiciales certificadas, si hay",
)
_PRIOR_IMMIGRATION = _item(
    "prior_immigration_documents",
    "Prior immigration applications, notices and decisions",
    "Solicitudes, avisos y decisiones migratorias anteriores",
)
_NTA = _item(
    "notice_to_appear",
    "Notice to Appear (NTA), if in removal proceedings",
    "Notificación de comparecencia (NTA), si está en proceso de remoción",
)
_HEARING_NOTICES = _item(
    "hearing_notices", "Immigration court hearing notices", "Avisos de audiencia de la corte"
)
_COUNTRY_CONDITIONS = _item(
    "country_conditions",
    "Country conditions reports and articles",
    "Informes y artículos sobre las condiciones del país",
)
_MEDICAL_PSYCH = _item(
    "medical_psych_evaluation",
    "Medical or psychological evaluation",
    "Evaluación médica o psicológica",
)
_EAD_COPY = _item(
    "ead_copy",
    "Copy of current or prior work permit (EAD), front and back",
    "Copia del permiso de trabajo (EAD) actual o anterior, por ambos lados",
)
_FEE_OR_WAIVER = _item(
    "fee_or_waiver",
    "Filing fee, or proof of income or benefits for a fee waiver (I-912)",
    "Tarifa, o prueba de ingresos o beneficios para la exención (I-912)",
)
_I192_WAIVER = _item(
    "i192_waiver_evidence",
    "Evidence for an I-192 waiver, if inadmissible",
    "Pruebas para el perdón I-192, si es inadmisible",
)
_FAMILY_RELATIONSHIP = _item(
    "family_relationship_documents",
    "Marriage and birth certificates of family members included",
    "Actas de matrimonio y de nacimiento de los familiares incluidos",
)
_AFFIDAVIT_OF_SUPPORT = _item(
    "affidavit_of_support",
    "Affidavit of support (I-864) with sponsor's tax transcripts and proof of status",
    "Declaración jurada de patrocinio (I-864) con transcripciones de impuestos y "
    "prueba de estatus del patrocinador",
)

_PRIOR_MARRIAGES = _item(
    "prior_marriage_terminations",
    "Divorce decrees or death certificates ending prior marriages",
    "Sentencias de divorcio o actas de defunción de matrimonios anteriores",
)

_MARRIAGE_DIVORCE = _item(
    "marriage_divorce_records",
    "Marriage certificates and divorce decrees",
    "Actas de matrimonio y sentencias de divorcio",
)

_TEMPLATES: dict[str, tuple[ChecklistTemplateItem, ...]] = {
    "asylum": (
        _PASSPORT_ID,
        _BIRTH_CERTIFICATE,
        _I94,
        _item(
            "last_arrival_evidence",
            "Evidence of the date of last arrival (one-year deadline)",
            "Prueba de la fecha de la última llegada (plazo de un año)",
        ),
        _NTA,
        _DECLARATION,
        _item(
            "persecution_evidence",
            "Evidence of persecution or threats (police reports, letters, photos)",
            "Pruebas de persecución o amenazas (denuncias, cartas, fotos)",
        ),
        _COUNTRY_CONDITIONS,
        _item(
            "witness_statements",
            "Statements from witnesses or family",
            "Declaraciones de testigos o familiares",
        ),
        _MEDICAL_PSYCH,
        _FAMILY_RELATIONSHIP,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "withholding_cat": (
        _NTA,
        _HEARING_NOTICES,
        _PASSPORT_ID,
        _DECLARATION,
        _item(
            "persecution_or_torture_evidence",
            "Evidence of persecution or torture, or of the risk of it",
            "Pruebas de persecución o tortura, o del riesgo de sufrirlas",
        ),
        _COUNTRY_CONDITIONS,
        _MEDICAL_PSYCH,
        _CRIMINAL_RECORDS,
        _PRIOR_IMMIGRATION,
        _TRANSLATIONS,
    ),
    "removal_defense": (
        _NTA,
        _HEARING_NOTICES,
        _item(
            "prior_orders",
            "Prior immigration judge or BIA orders",
            "Órdenes anteriores del juez de inmigración o de la BIA",
        ),
        _item(
            "foia_records",
            "FOIA records from USCIS, CBP, ICE or EOIR",
            "Expedientes FOIA de USCIS, CBP, ICE o EOIR",
        ),
        _PASSPORT_ID,
        _BIRTH_CERTIFICATE,
        _CRIMINAL_RECORDS,
        _item(
            "relief_evidence",
            "Evidence supporting the relief sought",
            "Pruebas en apoyo del alivio solicitado",
        ),
        _item(
            "family_ties_evidence",
            "Evidence of family ties in the U.S.",
            "Pruebas de lazos familiares en EE. UU.",
        ),
        _item(
            "tax_returns",
            "Tax returns or IRS transcripts",
            "Declaraciones o transcripciones del IRS",
        ),
        _TRANSLATIONS,
    ),
    "bond": (
        _NTA,
        _item(
            "custody_determination",
            "ICE custody determination notice (I-286)",
            "Aviso de determinación de custodia de ICE (I-286)",
        ),
        _item(
            "sponsor_letter",
            "Sponsor's letter with ID and proof of status",
            "Carta del patrocinador con identificación y prueba de estatus",
        ),
        _item(
            "release_address",
            "Proof of the address where the client will live",
            "Prueba del domicilio donde vivirá el cliente",
        ),
        _item("support_letters", "Letters of support", "Cartas de apoyo"),
        _item(
            "employment_ties",
            "Proof of employment, property or community ties",
            "Prueba de empleo, bienes o arraigo en la comunidad",
        ),
        _CRIMINAL_RECORDS,
        _item(
            "rehabilitation_evidence",
            "Evidence of rehabilitation, if there is a record",
            "Pruebas de rehabilitación, si hay antecedentes",
        ),
        _PRIOR_IMMIGRATION,
    ),
    "daca": (
        _item(
            "proof_of_identity",
            "Proof of identity (passport, national ID or birth certificate with photo ID)",
            "Prueba de identidad (pasaporte, documento nacional o acta de nacimiento con "
            "identificación con foto)",
        ),
        _item(
            "arrival_before_16",
            "Proof of arrival in the U.S. before age 16",
            "Prueba de llegada a EE. UU. antes de los 16 años",
        ),
        _item(
            "continuous_residence_since_2007",
            "Evidence of continuous residence since June 15, 2007",
            "Pruebas de residencia continua desde el 15 de junio de 2007",
        ),
        _item(
            "presence_june_2012",
            "Evidence of presence in the U.S. on June 15, 2012",
            "Prueba de presencia en EE. UU. el 15 de junio de 2012",
        ),
        _item(
            "education_records",
            "School records, diploma or GED certificate",
            "Registros escolares, diploma o certificado GED",
        ),
        _item(
            "prior_daca_approval",
            "Prior DACA approval notice (I-797)",
            "Aviso de aprobación de DACA anterior (I-797)",
        ),
        _EAD_COPY,
        _CRIMINAL_RECORDS,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "tps": (
        _item(
            "nationality_evidence",
            "Proof of nationality (passport or national ID)",
            "Prueba de nacionalidad (pasaporte o documento nacional)",
        ),
        _BIRTH_CERTIFICATE,
        _item(
            "entry_date_evidence",
            "Proof of date of entry to the U.S.",
            "Prueba de la fecha de entrada a EE. UU.",
        ),
        _item(
            "continuous_residence_since_tps_date",
            "Evidence of continuous residence since the country's TPS date",
            "Pruebas de residencia continua desde la fecha de TPS del país",
        ),
        _item(
            "continuous_presence",
            "Evidence of continuous physical presence since the designation",
            "Pruebas de presencia física continua desde la designación",
        ),
        _item(
            "prior_tps_approval",
            "Prior TPS approval notices",
            "Avisos de aprobación de TPS anteriores",
        ),
        _EAD_COPY,
        _CRIMINAL_RECORDS,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "u_visa": (
        _item(
            "supplement_b",
            "Signed I-918 Supplement B certification from the certifying agency",
            "Certificación I-918 Suplemento B firmada por la agencia certificadora",
        ),
        _item("police_reports", "Police reports of the crime", "Denuncias policiales del delito"),
        _item(
            "crime_court_records",
            "Court records about the crime",
            "Registros judiciales sobre el delito",
        ),
        _item(
            "harm_evidence",
            "Evidence of substantial harm (medical, counseling or other records)",
            "Pruebas del daño sufrido (registros médicos, de terapia u otros)",
        ),
        _DECLARATION,
        _PASSPORT_ID,
        _BIRTH_CERTIFICATE,
        _I192_WAIVER,
        _CRIMINAL_RECORDS,
        _FAMILY_RELATIONSHIP,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "t_visa": (
        _DECLARATION,
        _item(
            "trafficking_evidence",
            "Evidence of trafficking (law enforcement records, I-914 Supplement B if any)",
            "Pruebas de la trata (registros policiales, I-914 Suplemento B si hay)",
        ),
        _item(
            "presence_due_to_trafficking",
            "Evidence of presence in the U.S. on account of trafficking",
            "Pruebas de presencia en EE. UU. a causa de la trata",
        ),
        _item(
            "law_enforcement_cooperation",
            "Evidence of cooperation with law enforcement, or of an exemption",
            "Pruebas de cooperación con las autoridades, o de una exención",
        ),
        _item(
            "extreme_hardship",
            "Evidence of extreme hardship if removed",
            "Pruebas de dificultad extrema en caso de remoción",
        ),
        _PASSPORT_ID,
        _BIRTH_CERTIFICATE,
        _I192_WAIVER,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "vawa": (
        _item(
            "abuser_status",
            "Proof of the abuser's U.S. citizenship or permanent residence",
            "Prueba de la ciudadanía o residencia permanente del abusador",
        ),
        _item(
            "qualifying_relationship",
            "Marriage or birth certificate showing the relationship",
            "Acta de matrimonio o de nacimiento que muestre la relación",
        ),
        _PRIOR_MARRIAGES,
        _item(
            "good_faith_marriage",
            "Evidence the marriage was entered in good faith",
            "Pruebas de que el matrimonio fue de buena fe",
        ),
        _item(
            "shared_residence",
            "Evidence of living with the abuser",
            "Pruebas de haber vivido con el abusador",
        ),
        _item(
            "abuse_evidence",
            "Evidence of abuse or extreme cruelty (police reports, protective orders, "
            "medical records)",
            "Pruebas del abuso o crueldad extrema (denuncias, órdenes de protección, "
            "registros médicos)",
        ),
        _item(
            "good_moral_character",
            "Police clearances for good moral character",
            "Certificados de antecedentes policiales (buena conducta moral)",
        ),
        _DECLARATION,
        _PASSPORT_ID,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "sijs": (
        _item(
            "juvenile_court_order",
            "State juvenile court order with the SIJ findings",
            "Orden del tribunal estatal de menores con los hallazgos de SIJ",
        ),
        _BIRTH_CERTIFICATE,
        _PASSPORT_ID,
        _item(
            "abuse_neglect_evidence",
            "Evidence of abuse, neglect or abandonment",
            "Pruebas de abuso, negligencia o abandono",
        ),
        _item(
            "custody_records",
            "Custody or guardianship records",
            "Registros de custodia o tutela",
        ),
        _NTA,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "naturalization": (
        _item(
            "green_card",
            "Permanent resident card (green card), front and back",
            "Tarjeta de residente permanente (tarjeta verde), por ambos lados",
        ),
        _item(
            "travel_history",
            "Passports and a list of trips outside the U.S. in the last 5 years",
            "Pasaportes y lista de viajes fuera de EE. UU. en los últimos 5 años",
        ),
        _item(
            "tax_transcripts",
            "IRS tax transcripts for the last 5 years (3 if married to a citizen)",
            "Transcripciones de impuestos del IRS de los últimos 5 años (3 si está casado/a "
            "con ciudadano/a)",
        ),
        _item(
            "selective_service",
            "Selective Service registration (men who lived here aged 18 to 25)",
            "Registro en el Servicio Selectivo (hombres que vivieron aquí entre 18 y 25 años)",
        ),
        _MARRIAGE_DIVORCE,
        _item(
            "spouse_citizenship",
            "Proof of spouse's U.S. citizenship, if applying after 3 years",
            "Prueba de la ciudadanía del cónyuge, si solicita después de 3 años",
        ),
        _item(
            "residence_employment_history",
            "Addresses and employers for the last 5 years",
            "Domicilios y empleadores de los últimos 5 años",
        ),
        _CRIMINAL_RECORDS,
        _item(
            "child_support_records",
            "Child support orders and proof of payment, if any",
            "Órdenes de manutención y comprobantes de pago, si hay",
        ),
        _item(
            "disability_exception",
            "Medical certification for disability exception (N-648), if needed",
            "Certificación médica para la excepción por discapacidad (N-648), si hace falta",
        ),
        _FEE_OR_WAIVER,
    ),
    "family_petition": (
        _item(
            "petitioner_status",
            "Petitioner's proof of U.S. citizenship or permanent residence",
            "Prueba de la ciudadanía o residencia permanente del peticionario",
        ),
        _item(
            "beneficiary_birth_certificate",
            "Beneficiary's birth certificate",
            "Acta de nacimiento del beneficiario",
        ),
        _item("marriage_certificate", "Marriage certificate", "Acta de matrimonio"),
        _PRIOR_MARRIAGES,
        _item(
            "bona_fide_marriage",
            "Evidence of a bona fide marriage (joint lease, accounts, photos)",
            "Pruebas de matrimonio auténtico (contrato de alquiler, cuentas, fotos)",
        ),
        _item(
            "name_change_documents",
            "Legal name change documents, if any",
            "Documentos de cambio de nombre, si hay",
        ),
        _PASSPORT_ID,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "adjustment_of_status": (
        _item(
            "underlying_petition",
            "Underlying petition approval or receipt notice (I-797)",
            "Aviso de aprobación o recibo de la petición base (I-797)",
        ),
        _BIRTH_CERTIFICATE,
        _item(
            "passport_with_entry",
            "Passport with visa and entry stamp",
            "Pasaporte con visa y sello de entrada",
        ),
        _I94,
        _item(
            "medical_exam",
            "Sealed medical exam from a civil surgeon (I-693)",
            "Examen médico sellado de un médico autorizado (I-693)",
        ),
        _AFFIDAVIT_OF_SUPPORT,
        _CRIMINAL_RECORDS,
        _PRIOR_IMMIGRATION,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "consular_processing": (
        _item(
            "nvc_case_number",
            "NVC welcome letter with case and invoice ID numbers",
            "Carta de bienvenida del NVC con número de caso y de factura",
        ),
        _item(
            "ds260_confirmation",
            "DS-260 confirmation page",
            "Página de confirmación del DS-260",
        ),
        _AFFIDAVIT_OF_SUPPORT,
        _BIRTH_CERTIFICATE,
        _MARRIAGE_DIVORCE,
        _item(
            "police_certificates",
            "Police certificates from countries lived in",
            "Certificados de antecedentes penales de los países donde vivió",
        ),
        _item("valid_passport", "Valid passport", "Pasaporte vigente"),
        _item(
            "provisional_waiver",
            "I-601A provisional waiver approval, if needed",
            "Aprobación del perdón provisional I-601A, si hace falta",
        ),
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "work_permit": (
        _item(
            "eligibility_basis",
            "Proof of eligibility category (e.g. pending application receipt)",
            "Prueba de la categoría de elegibilidad (p. ej., recibo de solicitud pendiente)",
        ),
        _EAD_COPY,
        _PASSPORT_ID,
        _I94,
        _PHOTOS,
        _FEE_OR_WAIVER,
    ),
    "parole": (
        _PASSPORT_ID,
        _BIRTH_CERTIFICATE,
        _item(
            "parole_reason_evidence",
            "Evidence of urgent humanitarian reasons or significant public benefit",
            "Pruebas de razones humanitarias urgentes o de beneficio público significativo",
        ),
        _item(
            "supporter_documents",
            "Supporter's declaration of financial support (I-134) and proof of status",
            "Declaración de apoyo económico del patrocinador (I-134) y prueba de estatus",
        ),
        _item(
            "parole_document",
            "Current parole document or I-94",
            "Documento de parole o I-94 vigente",
        ),
        _MEDICAL_PSYCH,
        _PHOTOS,
        _TRANSLATIONS,
    ),
    "foia": (
        _item(
            "identity_verification",
            "Client's signed consent and verification of identity",
            "Consentimiento firmado y verificación de identidad del cliente",
        ),
        _item(
            "identifying_numbers",
            "A-number, receipt numbers and any other names or birth dates used",
            "Número A, números de recibo y otros nombres o fechas de nacimiento usados",
        ),
        _item(
            "entry_exit_dates",
            "Dates and places of entries to and exits from the U.S.",
            "Fechas y lugares de entradas y salidas de EE. UU.",
        ),
        _PASSPORT_ID,
        _item(
            "foia_request_confirmation",
            "FOIA request confirmation and tracking number",
            "Confirmación y número de seguimiento de la solicitud FOIA",
        ),
        _item("foia_response", "FOIA response received", "Respuesta de FOIA recibida"),
    ),
    "other_immigration": (
        _PASSPORT_ID,
        _item(
            "immigration_documents",
            "Immigration documents and notices received",
            "Documentos y avisos migratorios recibidos",
        ),
        _PRIOR_IMMIGRATION,
        _CRIMINAL_RECORDS,
        _TRANSLATIONS,
    ),
}

TEMPLATES: Mapping[str, tuple[ChecklistTemplateItem, ...]] = MappingProxyType(_TEMPLATES)

# Every subcode gets a list; a new subcode without one fails at import, not in use.
if set(TEMPLATES) != set(SUBCODES):  # pragma: no cover
    raise RuntimeError("checklist templates and SUBCODES disagree")


def template_for(subcode: str) -> tuple[ChecklistTemplateItem, ...]:
    """The starting checklist for a case type (key or label, as ``parse_subcode`` reads)."""
    return TEMPLATES[parse_subcode(subcode)]
