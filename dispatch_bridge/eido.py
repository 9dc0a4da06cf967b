"""A queued report as a NENA EIDO (NENA-STA-021) JSON document, for a CAD or records system.

Only components this portal knows are filled in: the agency, the incident (typed with the
category's APCO code), the reporting party, where it happened, how to call back, the narrative
as a note, and the photos as media links.
"""

from django.conf import settings
from django.urls import reverse

from reporting.models import ReportStatus

# Report status -> EIDO incident-status-common registry values.
_STATUS = {
    ReportStatus.SUBMITTED: "Active",
    ReportStatus.IN_REVIEW: "Active",
    ReportStatus.NEEDS_INFO: "Active",
    ReportStatus.APPROVED: "Active",
    ReportStatus.REFERRED: "Closed",
    ReportStatus.REJECTED: "Closed",
    ReportStatus.ESCALATED: "Active",
    ReportStatus.CLOSED: "Closed",
}


def eido_document(item, *, base_url: str = "") -> dict:
    report = item.report
    agency = settings.DISPATCH_AGENCY_ID
    stamp = max(report.updated_at, item.updated_at).isoformat()
    ref = report.reference.lower()

    def urn(kind: str) -> str:
        return f"urn:emergency:uid:{kind}:{ref}:{agency}"

    def prologue(id_: str) -> dict:
        return {
            "$id": id_,
            "lastUpdateTimeStamp": stamp,
            "updatedByAgencyReference": {"$ref": agency},
        }

    incident_id, person_id, location_id = urn("incidentid"), urn("personid"), urn("locationid")
    callback_id, notes_id = urn("callbackid"), urn("notesid")

    callback_uris = []
    if report.phone:
        callback_uris.append(f"tel:{report.phone.as_e164}")
    if report.email:
        callback_uris.append(f"mailto:{report.email}")

    where = ", ".join(p for p in (report.address, report.city) if p)
    location = {
        **prologue(location_id),
        "locationTypeDescriptionRegistryText": "InitialIncident",
        "locationDescriptionText": "; ".join(p for p in (where, report.landmark) if p)
        or "Not given",
    }
    if report.latitude is not None and report.longitude is not None:
        location["locationByReferenceUrl"] = f"geo:{report.latitude},{report.longitude}"

    media = [
        {
            **prologue(urn(f"mediaid-{attachment.pk}")),
            # The audited download view, never the storage URL (MEDIA_ROOT is not public).
            "uri": base_url + reverse("dispatch:attachment", args=[attachment.pk]),
            "contentType": attachment.content_type,
            "label": f"Photo {n} from report {report.reference}",
        }
        for n, attachment in enumerate(report.attachments.all(), start=1)
    ]

    incident = {
        **prologue(incident_id),
        "incidentTypeCommonRegistryText": report.category.apco_code,
        "incidentTypeInternalText": report.category.name,
        "incidentStatusCommonRegistryText": [_STATUS[report.status]],
        "internalIncidentId": report.reference,
        "incidentPriorityInternalText": str(item.priority),
        "locationReference": [{"$ref": location_id}],
        "personReference": [{"$ref": person_id}],
    }
    if report.case_number:
        incident["documentIdentification"] = [report.case_number]

    document = {
        **prologue(incident_id),
        "eidoVersion": "1.0",
        "issuingElementIdentification": agency,
        "agencyComponent": [
            {
                **prologue(agency),
                "agencyRoleDescriptionRegistryText": ["CallReceiving"],
                "agencyType": ["police"],
                "incidentOwningAgencyIndicator": True,
            }
        ],
        "incidentComponent": incident,
        "personComponent": [
            {
                **prologue(person_id),
                "personIncidentRoleRegistryText": ["ReportingParty"],
                "locationReference": [{"$ref": location_id}],
                "callBackReference": {"$ref": callback_id},
                "notesReference": [{"$ref": notes_id}],
            }
        ],
        "locationComponent": [location],
        "callbackComponent": [{**prologue(callback_id), "callBackInformationUri": callback_uris}],
        "notesComponent": [
            {
                **prologue(notes_id),
                "notesActionComments": (
                    f"Reporter: {report.reporter_name} "
                    f"(prefers {report.get_callback_channel_display()}, "
                    f"language {report.language}). Narrative: {report.narrative}"
                ),
            }
        ],
    }
    if media:
        document["mediaComponent"] = media
        incident["mediaReferences"] = [{"$ref": m["$id"]} for m in media]
    return document


def eido_url(item) -> str:
    return reverse("dispatch:item_eido", args=[item.pk])
