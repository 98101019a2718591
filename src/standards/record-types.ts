// The EIP 1.0 records that the generators produce (§5, §6). The schemas in specs/schemas are the
// authority on their shape; these types only describe what the generators write.

export interface PersonRecord {
  idNumber: string;
  name: string;
  sex: string;
  ethnicity: string;
  birthDate: string;
  residenceDivisionCode: string;
  residenceAddress: string;
  birthPlaceDivisionCode?: string;
  maritalStatus?: string;
  education?: string;
  updatedAt: string;
}

export type LegalEntityStatus = 'ACTIVE' | 'REVOKED' | 'CANCELLED' | 'MOVED_OUT';

export interface LegalEntityRecord {
  uscc: string;
  name: string;
  legalRepresentative: string;
  registeredCapital?: { amount: number; currency: string };
  establishedOn: string;
  registrationAuthority: { name: string };
  divisionCode: string;
  address: string;
  businessScope?: string;
  status: LegalEntityStatus;
  updatedAt: string;
}
