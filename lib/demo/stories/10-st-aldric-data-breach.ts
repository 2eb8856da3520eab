import type { DemoStory } from "../types";

// Demonstrates: one speaker with two different statements (Dr Fiona Hale:
// the refusal to pay and the apology), framing (theft vs ransom drama vs
// patient advice vs attribution), a figure given differently (1.1 million
// vs "more than a million") and quotes found in one outlet only.
export const story: DemoStory = {
  key: "st-aldric-data-breach",
  summary:
    "A ransomware gang calling itself Grey Lantern steals records of 1.1 million patients from the fictional St Aldric's Hospitals Trust in Wenbury.",
  articles: [
    {
      outlet: "harbour-daily",
      title: "Hackers steal 1.1 million patient records from St Aldric's hospitals",
      byline: "Imogen Sallis",
      publishedAt: "2026-10-05T12:30:00Z",
      url: "https://harbourdaily.example/news/2026/10/05/st-aldrics-hackers-patient-records",
      body: `Hackers have stolen the personal records of 1.1 million patients from St Aldric's Hospitals Trust in Wenbury, the trust confirmed on Monday, in one of the largest health data breaches on record.

The stolen files include names, addresses, dates of birth and patient numbers, and for some patients details of diagnoses and treatment. The trust said it discovered the ransomware attack on Saturday morning, when staff were locked out of the appointment system.

Chief executive Dr Fiona Hale said the trust would not pay the gang's ransom demand. "We will not pay criminals. Paying would not guarantee that the data is deleted, and it would fund the next attack," she said.

Hale also apologised to patients. "I want to apologise to every patient who is worried this morning. You trusted us with your information and we have let you down," she said.

At least 340 operations and outpatient appointments were postponed on Monday while systems were restored from backups.

Data Protection Commissioner Gareth Pemberton-Ross said his office had opened an inquiry into whether the trust had adequate security in place.`,
    },
    {
      outlet: "evening-clarion",
      title: "Hospital hackers demand £4m ransom — and St Aldric's says no",
      byline: "Tony Faraday",
      publishedAt: "2026-10-05T19:00:00Z",
      url: "https://eveningclarion.example/news/hospital-hackers-demand-ransom-st-aldrics",
      body: `A ransomware gang that raided the computers of St Aldric's Hospitals Trust is demanding £4 million in cryptocurrency, threatening to publish the private medical details of more than a million patients unless it is paid within ten days.

The gang, which calls itself Grey Lantern, posted a sample of 2,000 patient records on its leak site on Monday evening to prove it had the data.

Trust chief executive Dr Fiona Hale insisted she would not give in. "We will not pay criminals," Hale said. "Paying would not guarantee that the data is deleted, and it would fund the next attack."

One patient, a 52-year-old Wenbury mother who asked not to be named, said she had been treated at St Aldric's for depression. "The thought of strangers reading my notes makes me feel sick. I was told everything I said was confidential," she said.

Patients' groups claimed the trust had been warned about weak security last year. A report by auditors in 2025 found that several servers were running software that was no longer supported.

The Data Protection Commissioner, Gareth Pemberton-Ross, said his office was investigating.`,
    },
    {
      outlet: "western-lantern",
      title: "St Aldric's patients told to watch for scam calls after data theft",
      byline: "Niamh Gorevan",
      publishedAt: "2026-10-06T08:15:00Z",
      url: "https://westernlantern.example/news/st-aldrics-patients-scam-calls-data-theft",
      body: `Patients of St Aldric's Hospitals Trust have been told to be on their guard against fraudsters after hackers stole the records of 1.1 million people in a ransomware attack.

Data Protection Commissioner Gareth Pemberton-Ross said criminals often used stolen medical records to make convincing scam calls. “If someone phones you claiming to be from the hospital and asks for bank details, hang up. The hospital will never ask for them,” he said.

The trust has set up a helpline, which took more than 9,000 calls on Monday.

Chief executive Dr Fiona Hale said: “I want to apologise to every patient who is worried this morning.” She said the trust would write to all affected patients by the end of the month.

Hale repeated that the trust would not pay the ransom. Cybersecurity experts said the stolen data was likely to be published regardless.

The Wenbury Patients' Forum said elderly patients in particular were anxious and confused. It has asked the trust to send letters rather than emails, which fraudsters could easily imitate.

The attack, discovered on Saturday, forced the postponement of 340 operations and appointments in Wenbury on Monday. Most services were expected to return to normal by Wednesday.`,
    },
    {
      outlet: "monsoon-post",
      title: "Grey Lantern gang behind Wenbury hospital breach, researchers say",
      byline: "Sandeep Kulkarni",
      publishedAt: "2026-10-07T05:30:00Z",
      url: "https://monsoonpost.example/technology/grey-lantern-wenbury-hospital-breach",
      body: `The ransomware group that stole the records of 1.1 million patients from St Aldric's Hospitals Trust in Wenbury has attacked at least 40 organisations this year, according to security researchers.

Ayesha Rahmani, head of threat intelligence at Northgate Security, said Grey Lantern typically gained access through stolen staff passwords rather than sophisticated software flaws. "These are not geniuses. They find one tired employee who reuses a password, and they walk in through the front door," Rahmani said.

The group is demanding £4 million in cryptocurrency from St Aldric's and has already published 2,000 records as proof.

Trust chief executive Dr Fiona Hale has refused to pay. "We will not pay criminals," she said on Monday.

Rahmani said hospitals were attractive targets because they could not afford long outages. "A hospital cannot switch off for a week. The gangs know that, and they set their deadlines accordingly," she said.

Northgate Security said Grey Lantern had previously attacked a university, two local councils and a chain of dental practices, and had published data from every victim that refused to pay.

Data Protection Commissioner Gareth Pemberton-Ross has opened an investigation into the breach.`,
    },
  ],
};
