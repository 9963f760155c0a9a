/** Messages of the ticketDetail feature (zh-CN, the schema source). */
const ticketDetail = {
  messages: {
    title: '',
  },
  errors: {},
}

export default ticketDetail
