/** Messages of the ticketSetup feature (zh-CN, the schema source). */
const ticketSetup = {
  messages: {
    title: '',
  },
  errors: {},
}

export default ticketSetup
